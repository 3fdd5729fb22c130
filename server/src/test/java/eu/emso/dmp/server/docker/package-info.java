/** Tests of docker/Dockerfile and docker/compose.yaml. */
package eu.emso.dmp.server.docker;

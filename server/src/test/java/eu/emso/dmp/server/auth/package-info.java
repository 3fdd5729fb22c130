/** Tests of authorised writes: every write route, the credentials, restricted writers, the commands. */
package eu.emso.dmp.server.auth;

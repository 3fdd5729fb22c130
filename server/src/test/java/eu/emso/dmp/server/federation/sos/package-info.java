/** Tests of the SOS 2.0 source kind against a second instance of this server and recorded 52&deg;North answers. */
package eu.emso.dmp.server.federation.sos;

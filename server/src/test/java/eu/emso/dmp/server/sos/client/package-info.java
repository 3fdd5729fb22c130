/** Real SOS clients against a test server: OWSLib (Python). */
package eu.emso.dmp.server.sos.client;

/** Fixtures of the SOS tests: a server with sample entities, the OGC schemas offline, XPath. */
package eu.emso.dmp.server.sos.support;

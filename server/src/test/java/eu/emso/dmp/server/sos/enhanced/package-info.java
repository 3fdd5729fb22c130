/** Tests of the SOS 2.0 Enhanced Operations extension, one class per conformance class. */
package eu.emso.dmp.server.sos.enhanced;

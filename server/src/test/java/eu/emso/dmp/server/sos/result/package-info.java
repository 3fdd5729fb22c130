/** Tests of the SOS 2.0 Result Handling conformance classes, one class per conformance class. */
package eu.emso.dmp.server.sos.result;

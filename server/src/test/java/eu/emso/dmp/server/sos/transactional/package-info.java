/** Tests of the SOS 2.0 Transactional conformance classes (OGC 12-006 clause 10). */
package eu.emso.dmp.server.sos.transactional;

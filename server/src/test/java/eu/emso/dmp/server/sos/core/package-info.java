/** Tests of the SOS 2.0 Core conformance class (OGC 12-006 clause 8) over both bindings. */
package eu.emso.dmp.server.sos.core;

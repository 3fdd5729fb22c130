/** Tests of the OGC API face, one class per conformance class, against one shared server. */
package eu.emso.dmp.server.ogcapi;

/** Tests of the data-array conformance class (OGC 18-088, 13) against a running server. */
package eu.emso.dmp.server.sta.dataarray;

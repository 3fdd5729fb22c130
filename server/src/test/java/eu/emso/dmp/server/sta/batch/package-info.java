/** Tests of the batch-request conformance class (OGC 18-088, 11) against a running server. */
package eu.emso.dmp.server.sta.batch;

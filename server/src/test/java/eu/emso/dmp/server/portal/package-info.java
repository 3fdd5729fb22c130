/** Tests of the data portal: its bucket query over HTTP, and its pages in a real browser. */
package eu.emso.dmp.server.portal;

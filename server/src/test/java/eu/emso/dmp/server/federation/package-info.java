/** Tests of harvesting remote sources: against a second server, through a faulty proxy, across a kill. */
package eu.emso.dmp.server.federation;

/** Tests of {@code /metrics}: scraped and parsed as Prometheus would. */
package eu.emso.dmp.server.metrics;

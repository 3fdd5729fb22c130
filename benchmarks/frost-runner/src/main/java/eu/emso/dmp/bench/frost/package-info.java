/**
 * FROST-Server 2.0 as a benchmark peer: its core (settings, persistence, plugins) behind one
 * small servlet on Jetty 10, started in a JVM of its own by the benchmarks module.
 */
package eu.emso.dmp.bench.frost;

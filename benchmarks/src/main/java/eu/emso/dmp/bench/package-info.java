/**
 * Side-by-side benchmarks of the EMSO DMP server, FROST-Server 2.0 and raw PostgreSQL COPY:
 * a generated ocean-observatory data set, one shared embedded PostgreSQL/PostGIS cluster with a
 * database per server, write and read scenarios over HTTP on 127.0.0.1, and a Markdown and JSON
 * report. Entry point: {@link eu.emso.dmp.bench.BenchMain} ({@code ./dmp bench}).
 */
package eu.emso.dmp.bench;

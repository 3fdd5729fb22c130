/**
 * SensorThings core: the service root, resource paths, the query language and
 * create-update-delete over HTTP (OGC 18-088, clauses 8 to 10).
 */
package eu.emso.dmp.server.sta.core;

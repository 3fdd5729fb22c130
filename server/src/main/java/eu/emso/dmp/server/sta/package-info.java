/**
 * The SensorThings API face (OGC 18-088, versions 1.0 and 1.1 from one implementation). Each
 * conformance class has its own sub-package; the service root lists what is registered.
 */
package eu.emso.dmp.server.sta;

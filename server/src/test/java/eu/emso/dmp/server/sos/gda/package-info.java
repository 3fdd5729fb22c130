/** Tests of GetDataAvailability as 52°North defines it. */
package eu.emso.dmp.server.sos.gda;

/** Tests of the HTTP edge: TLS, CORS, the landing redirect, the request log and a clean start. */
package eu.emso.dmp.server.http;

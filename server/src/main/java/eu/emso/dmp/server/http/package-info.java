/**
 * The HTTP edge shared by all faces: the one exception mapper that turns errors into JSON
 * bodies with the right status, the request log, and the neutral reply type resources return.
 */
package eu.emso.dmp.server.http;

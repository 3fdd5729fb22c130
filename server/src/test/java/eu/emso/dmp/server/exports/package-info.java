/** Tests of the exports against a real server holding the OBSEA sample, read back with real clients. */
package eu.emso.dmp.server.exports;

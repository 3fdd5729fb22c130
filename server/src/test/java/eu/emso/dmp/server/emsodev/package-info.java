/** Tests of the EMSODEV API against a real server holding EGIM data of OBSEA, replaying MOODA's calls. */
package eu.emso.dmp.server.emsodev;

/** Tests of a first run as a newcomer does it: as root, from a checkout in a 0700 home directory. */
package eu.emso.dmp.server.firstrun;

/** Tests of the site catalogue files. */
package eu.emso.dmp.egim.catalogue;

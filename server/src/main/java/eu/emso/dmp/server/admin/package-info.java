/** Operational endpoints: health. */
package eu.emso.dmp.server.admin;

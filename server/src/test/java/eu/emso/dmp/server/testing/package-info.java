/** Test support: a whole server started in-process on free ports with a throwaway database. */
package eu.emso.dmp.server.testing;

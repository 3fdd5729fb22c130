/**
 * SOS 2.0 (OGC 12-006) against a server in its own process loaded with the ocean data set, one
 * test class per requirement class that the OGC suite {@code ets-sos20} checks: Core with the KVP
 * binding, Enhanced, Transactional and Result Handling. Every answer, document or exception
 * report, is validated against the official OGC schemas before it is read.
 */
package eu.emso.dmp.conformance.sos20;

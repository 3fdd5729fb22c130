/**
 * The SOS 2.0 Result Handling conformance classes (OGC 12-006 clause 11): result insertion
 * (InsertResultTemplate, InsertResult; {@code /conf/resultInsertion}) and result retrieval
 * (GetResultTemplate, GetResult; {@code /conf/resultRetrieval}), with results as SWE Common 2.0
 * text blocks ({@code swe:DataRecord} + {@code swe:TextEncoding}). A template is kept in its
 * Datastream's {@code properties.sos_result_templates}; inserted results go through the store's
 * one write path (quality control, deduplication, change events).
 */
package eu.emso.dmp.server.sos.result;

package eu.emso.dmp.server.qc;

import java.time.OffsetDateTime;

/**
 * One numeric observation of a series to evaluate, stored or new.
 *
 * @param start  phenomenon time start: the time of the point in the series
 * @param end    phenomenon time end (with start, the observation's key)
 * @param value  the result; NaN when missing
 * @param depth  metres positive down, NaN when unknown
 * @param source what the observation's source said of its quality, carried into the result
 */
record QcPoint(OffsetDateTime start, OffsetDateTime end, double value, double depth, SourceQuality source) {
}

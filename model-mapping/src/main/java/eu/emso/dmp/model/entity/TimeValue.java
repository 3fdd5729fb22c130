package eu.emso.dmp.model.entity;

import java.time.Instant;

/**
 * A time instant ({@code end} null) or interval, written as ISO 8601 ({@code start/end}).
 */
public record TimeValue(Instant start, Instant end) {

    public static TimeValue instant(Instant t) {
        return new TimeValue(t, null);
    }

    public boolean isInterval() {
        return end != null;
    }

    @Override
    public String toString() {
        return end == null ? start.toString() : start + "/" + end;
    }
}

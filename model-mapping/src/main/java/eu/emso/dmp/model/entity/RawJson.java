package eu.emso.dmp.model.entity;

/** A JSON value kept as the text the database holds, written out without re-parsing. */
public record RawJson(String text) {
}

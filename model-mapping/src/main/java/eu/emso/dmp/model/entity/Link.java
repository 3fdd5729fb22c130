package eu.emso.dmp.model.entity;

/** How a navigation property is stored: where the key that links two entities lives. */
public sealed interface Link {

    /** To-one: the source row holds the target's id ({@code target.id = source.column}). */
    record SourceKey(String column) implements Link {
    }

    /** To-many: each target row holds the source's id ({@code target.column = source.id}). */
    record TargetKey(String column) implements Link {
    }

    /** Many-to-many through a link table. */
    record Table(String table, String sourceColumn, String targetColumn) implements Link {
    }
}

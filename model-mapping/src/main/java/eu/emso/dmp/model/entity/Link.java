package eu.emso.dmp.model.entity;

/** How a navigation property is stored: where the key that links two entities lives. */
public sealed interface Link {

    /** To-one: the source row holds the target's id ({@code target.id = source.column}). */
    record SourceKey(String column) implements Link {
    }

    /** To-many: each target row holds the source's id ({@code target.column = source.id}). */
    record TargetKey(String column) implements Link {
    }

    /**
     * Many-to-many through a link table. When {@code rankColumn} is set, links are numbered in
     * the order they are made, per value of {@code rankScope} (the ObservedProperties of a
     * MultiDatastream keep the order of its result arrays).
     */
    record Table(String table, String sourceColumn, String targetColumn, String rankColumn, String rankScope)
            implements Link {

        public Table(String table, String sourceColumn, String targetColumn) {
            this(table, sourceColumn, targetColumn, null, null);
        }

        /** Whether the links from one source entity are ordered (the source is the rank scope). */
        public boolean ranksSource() {
            return rankColumn != null && rankScope.equals(sourceColumn);
        }
    }
}

package eu.emso.dmp.qc.qartod;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;

/**
 * A calendar field a climatology member's time span is expressed in, named as the pandas
 * {@code Timestamp} attribute ioos_qc reads ({@code period} in {@code ClimatologyConfig}). Values
 * follow pandas: months 1..12, quarters 1..4 (the seasons Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec),
 * ISO week numbers 1..53, day of year 1..366, day of week 0 (Monday)..6 (Sunday). All in UTC.
 */
public enum ClimatologyPeriod {
    YEAR("year"),
    QUARTER("quarter"),
    MONTH("month"),
    WEEK_OF_YEAR("weekofyear", "week"),
    DAY_OF_YEAR("dayofyear", "day_of_year"),
    DAY_OF_WEEK("dayofweek", "day_of_week", "weekday"),
    DAY("day");

    private final List<String> names;

    ClimatologyPeriod(String... names) {
        this.names = List.of(names);
    }

    /** The configuration name, as ioos_qc writes it. */
    public String configName() {
        return names.get(0);
    }

    /** Looks a period up by any of its pandas attribute names. */
    public static Optional<ClimatologyPeriod> byName(String name) {
        for (ClimatologyPeriod p : values()) {
            if (p.names.contains(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The value of this field for a UTC date. */
    public int of(LocalDate date) {
        return switch (this) {
            case YEAR -> date.getYear();
            case QUARTER -> (date.getMonthValue() - 1) / 3 + 1;
            case MONTH -> date.getMonthValue();
            case WEEK_OF_YEAR -> date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case DAY_OF_YEAR -> date.getDayOfYear();
            case DAY_OF_WEEK -> date.getDayOfWeek().getValue() - 1;
            case DAY -> date.getDayOfMonth();
        };
    }
}

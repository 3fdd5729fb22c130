package eu.emso.dmp.qc.config;

import static eu.emso.dmp.qc.config.JsonValues.child;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.qc.qartod.ClimatologyConfig;
import eu.emso.dmp.qc.qartod.ClimatologyMember;
import eu.emso.dmp.qc.qartod.ClimatologyPeriod;
import eu.emso.dmp.qc.qartod.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code climatology_test}: {@code {"config": [{"tspan": [a, b], "vspan": [..],
 * "fspan": [..], "zspan": [..], "period": "month"}, ...]}} as in ioos_qc. Without a period,
 * {@code tspan} holds times: ISO-8601 strings (instant, local date-time or date taken as UTC,
 * {@code yyyy-MM} or {@code yyyy} meaning its first instant, as pandas reads them) or epoch seconds.
 */
final class ClimatologyParser {

    private static final Set<String> MEMBER_KEYS = Set.of("tspan", "vspan", "fspan", "zspan", "period");

    private ClimatologyParser() {
    }

    static ClimatologyConfig parse(JsonNode node, String path) {
        JsonValues.object(node, path);
        JsonValues.onlyKeys(node, path, Set.of("config"));
        JsonNode members = node.get("config");
        String at = child(path, "config");
        if (members == null || !members.isArray() || members.isEmpty()) {
            throw new QcConfigException(at, "must be a non-empty array of climatology members");
        }
        List<ClimatologyMember> result = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            result.add(member(members.get(i), at + "[" + i + "]"));
        }
        return new ClimatologyConfig(result);
    }

    private static ClimatologyMember member(JsonNode node, String path) {
        JsonValues.object(node, path);
        JsonValues.onlyKeys(node, path, MEMBER_KEYS);
        ClimatologyPeriod period = period(node.get("period"), child(path, "period"));
        Span valueSpan = JsonValues.span(node, "vspan", path);
        Span failSpan = JsonValues.optionalSpan(node, "fspan", path);
        Span depthSpan = JsonValues.optionalSpan(node, "zspan", path);
        Span timeSpan = period == null
                ? timeSpan(node.get("tspan"), child(path, "tspan"))
                : JsonValues.span(node, "tspan", path);
        return new ClimatologyMember(timeSpan, valueSpan, failSpan, depthSpan, period);
    }

    private static ClimatologyPeriod period(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new QcConfigException(at, "must be a string, got " + node);
        }
        return ClimatologyPeriod.byName(node.textValue()).orElseThrow(() -> new QcConfigException(at,
                "unknown period '" + node.textValue() + "'; expected year, quarter, month, "
                        + "weekofyear, dayofyear, dayofweek or day"));
    }

    private static Span timeSpan(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            throw new QcConfigException(at, "is required");
        }
        JsonValues.requirePair(node, at);
        return Span.sorted(epochSeconds(node.get(0), at + "[0]"), epochSeconds(node.get(1), at + "[1]"));
    }

    private static double epochSeconds(JsonNode node, String at) {
        if (node.isNumber()) {
            return JsonValues.number(node, at);
        }
        if (!node.isTextual()) {
            throw new QcConfigException(at, "must be an ISO-8601 time or epoch seconds, got " + node);
        }
        String text = node.textValue();
        try {
            return instant(text).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new QcConfigException(at, "is not an ISO-8601 time: '" + text + "'");
        }
    }

    private static Instant instant(String text) {
        if (text.matches("\\d{4}")) {
            return Year.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (text.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }
}

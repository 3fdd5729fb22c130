package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Random and truncated inputs must only ever produce a result or a {@link QueryException} whose
 * position lies inside the text: never another exception, never a hang.
 */
class FuzzTest {

    private static final List<String> FILTERS = List.of(
            "Datastreams/Observations/result gt 10 and not (name eq 'it''s')",
            "geo.intersects(location, geography'POLYGON ((30 10, 10 20, 20 40, 40 40, 30 10))')",
            "st_relate(location, geometry'LINESTRING(1 2, 3 4)', 'T*F**F***') or length(name) mul 2 ge -1.5E-3",
            "phenomenonTime ge 2015-01-01T01:00:00.000+01:00 and resultTime le 2015-01-02",
            "phenomenonTime eq 2015-01-01T00:00:00Z/2015-01-02T00:00:00Z or duration'P1DT2H' lt PT1H30M",
            "properties/sensor-type eq 'CTD' and result/0 sub 3 div 4 mod 5 ne null",
            "substring(tolower(Thing/properties/site), 1, 2) eq 'bs' and @iot.id add 1 lt 1e3 or true");
    private static final List<String> EXPANDS = List.of(
            "Datastreams($filter=name eq 'a;b';$expand=Observations($top=1;$orderby=phenomenonTime desc);$select=name,id)",
            "Thing/Locations($select=location;$count=true),Sensor($skip=2)");
    private static final String ALPHABET = "()',/;$=-: .0129eEPTZ@_agqnotr'\"#";

    @Test
    void seedsAreValid() {
        FILTERS.forEach(QueryParser::parseFilter);
        EXPANDS.forEach(QueryParser::parseExpand);
        FILTERS.forEach(QueryParser::parseOrderBy);
    }

    @Test
    void mutatedFiltersOnlyFailWithQueryException() {
        int parsed = fuzz(FILTERS, QueryParser::parseFilter, 4000, 1);
        assertThat(parsed).isPositive();
    }

    @Test
    void mutatedExpandsOrderBysAndSelectsOnlyFailWithQueryException() {
        fuzz(EXPANDS, QueryParser::parseExpand, 2000, 2);
        fuzz(FILTERS, QueryParser::parseOrderBy, 1000, 3);
        fuzz(List.of("id,name,properties/depth,@iot.id,result/0"), QueryParser::parseSelect, 1000, 4);
    }

    @Test
    void everyPrefixOfAValidFilterIsHandled() {
        for (String seed : FILTERS) {
            for (int i = 0; i <= seed.length(); i++) {
                attempt(seed.substring(0, i), QueryParser::parseFilter);
            }
        }
        for (String seed : EXPANDS) {
            for (int i = 0; i <= seed.length(); i++) {
                attempt(seed.substring(0, i), QueryParser::parseExpand);
            }
        }
    }

    /** Runs {@code rounds} mutations; returns how many still parsed. */
    private static int fuzz(List<String> seeds, Function<String, ?> parser, int rounds, long seed) {
        Random random = new Random(seed);
        int parsed = 0;
        for (int i = 0; i < rounds; i++) {
            String text = seeds.get(random.nextInt(seeds.size()));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                text = mutate(text, random);
            }
            parsed += attempt(text, parser) ? 1 : 0;
        }
        return parsed;
    }

    private static boolean attempt(String text, Function<String, ?> parser) {
        try {
            assertThat(parser.apply(text)).as(text).isNotNull();
            return true;
        } catch (QueryException e) {
            assertThat(e.position()).as(text).isBetween(-1, text.length());
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("unexpected " + e + " for input [" + text + "]", e);
        }
    }

    private static String mutate(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
            case 1 -> text.substring(0, at) + c + text.substring(at);
            case 2 -> text.isEmpty() ? text : text.substring(0, at) + c + text.substring(at + 1);
            case 3 -> text.substring(0, at);
            default -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(12));
                yield text.substring(0, at) + text.substring(at, end) + text.substring(at);
            }
        };
    }
}

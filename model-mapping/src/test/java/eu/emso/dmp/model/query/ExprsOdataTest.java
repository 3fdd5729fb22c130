package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Next links carry filters as text: printing and parsing again must give the same tree. */
class ExprsOdataTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "name eq 'it''s' and not (result gt -2.5 or result lt 10)",
        "substring(name, 1, 2) eq 'ab' and year(phenomenonTime) ge 2014",
        "geo.intersects(location, geography'POLYGON ((30 10, 10 20, 20 40, 40 40, 30 10))')",
        "phenomenonTime ge 2015-01-01T00:00:00Z and phenomenonTime lt 2015-01-01T00:00:00Z add duration'P1D'",
        "(result mul 2) div 3 mod 4 eq 1 and Datastream/Thing/properties/site ne null and now() gt maxdatetime()",
        "st_relate(feature, geometry'POINT (1 2)', 'T********') eq true"
    })
    @DisplayName("odata(parse(f)) parses to the same tree as f")
    void roundTrip(String filter) {
        Expr tree = QueryParser.parseFilter(filter);
        assertThat(Exprs.format(QueryParser.parseFilter(Exprs.odata(tree)))).isEqualTo(Exprs.format(tree));
    }
}

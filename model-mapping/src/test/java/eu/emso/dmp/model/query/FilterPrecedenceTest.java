package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Operator precedence and associativity of $filter, as OData 4.0 URL conventions section 5.1.1.15. */
class FilterPrecedenceTest {

    private static String tree(String filter) {
        return Exprs.format(QueryParser.parseFilter(filter));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a or b and c                 | (or a (and b c))",
        "a and b or c                 | (or (and a b) c)",
        "a eq 1 and b eq 2            | (and (eq a 1) (eq b 2))",
        "a eq b gt c                  | (eq a (gt b c))",
        "a gt b eq c                  | (eq (gt a b) c)",
        "a add b gt c                 | (gt (add a b) c)",
        "a add b mul c                | (add a (mul b c))",
        "a mul b add c                | (add (mul a b) c)",
        "a sub b sub c                | (sub (sub a b) c)",
        "a div b mod c mul d          | (mul (mod (div a b) c) d)",
        "a or b or c                  | (or (or a b) c)",
        "a and b and c                | (and (and a b) c)",
        "a eq b ne c                  | (ne (eq a b) c)",
        "(a or b) and c               | (and (or a b) c)",
        "a mul (b add c)              | (mul a (add b c))",
        "not a and b                  | (and (not a) b)",
        "not (a and b)                | (not (and a b))",
        "-a mul b                     | (mul (neg a) b)",
        "- (a add b)                  | (neg (add a b))",
        "not not a                    | (not (not a))",
        "((((a))))                    | a",
        "a ge 1 and a le 2 or a lt 0 and a ne -5 | (or (and (ge a 1) (le a 2)) (and (lt a 0) (ne a -5)))",
    })
    void operatorsBindAsOData(String filter, String expected) {
        assertThat(tree(filter)).isEqualTo(expected);
    }

    @Test
    void operatorKeywordsIgnoreCase() {
        assertThat(tree("a EQ 1 AND b Gt 2 Or NOT c")).isEqualTo("(or (and (eq a 1) (gt b 2)) (not c))");
    }

    @Test
    void propertyNamesKeepTheirCase() {
        assertThat(QueryParser.parseFilter("Datastream/Thing/Name eq 'x'"))
                .isEqualTo(new Expr.Binary(BinaryOp.EQ,
                        new Expr.Path(java.util.List.of("Datastream", "Thing", "Name")),
                        new Expr.StrLit("x")));
    }

    @Test
    void everyBinaryOperatorHasItsKeyword() {
        for (BinaryOp op : BinaryOp.values()) {
            Expr parsed = QueryParser.parseFilter("x " + op.keyword() + " y");
            assertThat(parsed).isEqualTo(new Expr.Binary(op, new Expr.Path(java.util.List.of("x")),
                    new Expr.Path(java.util.List.of("y"))));
        }
    }

    @Test
    void whitespaceIsFlexible() {
        assertThat(tree("  (a\teq\n1)and(b eq 2)  ")).isEqualTo("(and (eq a 1) (eq b 2))");
    }
}

package app.throughline.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every case of the shared fixture {@code channel/copy-counting-cases.json}, under both rules (no Spring, no
 * database). The fixture holds the values measured with the libraries; a change of library or JDK that counts
 * differently fails here.
 */
class CopyCountingTest {

    record Case(String name, String text, int xWeighted, int graphemes) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Fixture(String about, List<Case> cases) {}

    static List<Case> cases() {
        try (InputStream in = CopyCountingTest.class.getResourceAsStream("/channel/copy-counting-cases.json")) {
            Objects.requireNonNull(in, "channel/copy-counting-cases.json is missing");
            return JsonMapper.builder().build().readValue(in, Fixture.class).cases();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFixtureHoldsTheCasesItPromises() {
        // An empty or truncated fixture would make the parameterised tests pass by running nothing.
        assertThat(cases())
                .hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(c -> assertThat(c.text()).as(c.name()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void xCountsAsX(Case c) {
        assertThat(CopyCounting.X_WEIGHTED.count(c.text())).as(c.name()).isEqualTo(c.xWeighted());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void graphemesCountVisibleCharacters(Case c) {
        assertThat(CopyCounting.GRAPHEMES.count(c.text())).as(c.name()).isEqualTo(c.graphemes());
    }

    @Test
    void normaliseTurnsEveryLineBreakIntoLf() {
        assertThat(CopyCounting.normalise("a\r\nb")).isEqualTo("a\nb");
        assertThat(CopyCounting.normalise("a\rb")).isEqualTo("a\nb");
        assertThat(CopyCounting.normalise("one\r\ntwo\rthree\nfour\r\n\r\n")).isEqualTo("one\ntwo\nthree\nfour\n\n");
        // \n\r is LF then a lone CR: two line breaks, not one CRLF turned round.
        assertThat(CopyCounting.normalise("a\n\rb")).isEqualTo("a\n\nb");
        assertThat(CopyCounting.normalise("no line break")).isEqualTo("no line break");
        assertThat(CopyCounting.normalise("")).isEmpty();
    }

    @Test
    void everyRuleTellsTheUserHowItCounts() {
        for (CopyCounting rule : CopyCounting.values()) {
            assertThat(rule.label()).as("%s label", rule).isNotBlank();
            assertThat(rule.rule()).as("%s rule", rule).isNotBlank().doesNotContain("\n");
        }
    }
}

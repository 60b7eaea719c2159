package app.throughline.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A chart's figures as CSV: what a spreadsheet opens, with names that hold commas, quotes or formulas. */
class ChartSpecTest {

    @Test
    void theCsvQuotesWhatNeedsItAndDefusesFormulas() {
        var spec = new ChartSpec(
                "Title",
                "file",
                Map.of(),
                List.of("Department", "Social tactics"),
                List.of(
                        List.of("Sales, North", "3"),
                        List.of("The \"A\" team", "-2"),
                        List.of("=HYPERLINK(\"x\")", "0")),
                List.of(),
                (series, category) -> Optional.empty());

        assertThat(spec.csv())
                .isEqualTo("Department,Social tactics\r\n"
                        + "\"Sales, North\",3\r\n"
                        + "\"The \"\"A\"\" team\",-2\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",0\r\n");
    }
}

package app.throughline.spreadsheet;

import static app.throughline.db.Tables.TACTIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.alignment.AlignmentFilter;
import app.throughline.alignment.ReportPeriod;
import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every cell of docs/roles.md, "Spreadsheets", against the services: "yes" must succeed and show
 * its effect; "no" must be refused ({@link AccessDeniedException}) and import nothing.
 */
class SpreadsheetRolesTest extends ServiceTestBase {

    @Autowired
    ImportService imports;

    @Autowired
    ExportService exports;

    @Autowired
    DSLContext db;

    @TempDir
    Path dir;

    static Stream<Arguments> cells() {
        return RoleTable.cells("Spreadsheets").stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theServicesAllowExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed)
            throws IOException {
        CurrentUser me = persona.create(data);
        CurrentUser other = data.person("other", Role.STRATEGIST);
        long channel = data.channel("Blog", ChannelKind.OWNED);
        long strategy = data.strategy(data.objective("Grow", other.personId()), "Voice", other.personId());
        data.tactic(
                strategy,
                null,
                "Theirs",
                channel,
                Instant.parse("2027-03-04T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                other.personId());
        Path file = dir.resolve("import.csv");
        Files.writeString(file, "Title,Channel,Parent\r\nMine,Blog,Grow › Voice\r\n", StandardCharsets.UTF_8);
        int before = db.fetchCount(TACTIC);

        Map<String, Runnable> scenarios = Map.of(
                "import",
                () -> {
                    assertThat(imports.template()).startsWith("External id,Title");
                    assertThat(imports.importCsv(file, ImportProgress.NONE).created())
                            .isEqualTo(1);
                    assertThat(db.fetchCount(TACTIC)).isEqualTo(before + 1);
                },
                "export-calendar",
                () -> assertThat(export(out -> exports.calendar(
                                new CalendarPeriod(CalendarPeriod.Layout.LIST, LocalDate.of(2027, 3, 1)),
                                CalendarFilter.NONE,
                                out)))
                        .contains("Theirs"),
                "export-dashboard",
                () -> assertThat(export(out -> exports.dashboard(
                                ReportPeriod.of(app.throughline.alignment.PeriodKind.MONTH, LocalDate.of(2027, 3, 4)),
                                AlignmentFilter.NONE,
                                out)))
                        .contains("Theirs"));
        Runnable scenario = scenarios.get(action);
        assertThat(scenario).as("a scenario for “%s”", action).isNotNull();
        signIn(me);
        if (allowed) {
            scenario.run();
        } else {
            assertThatThrownBy(scenario::run).isInstanceOf(AccessDeniedException.class);
            assertThat(db.fetchCount(TACTIC)).as("nothing imported").isEqualTo(before);
        }
    }

    private interface Export {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static String export(Export export) {
        var out = new ByteArrayOutputStream();
        try {
            export.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

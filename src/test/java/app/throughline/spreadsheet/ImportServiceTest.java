package app.throughline.spreadsheet;

import static app.throughline.db.Tables.PLAN_TALLY;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

class ImportServiceTest extends ServiceTestBase {

    static final String HEADER =
            "External id,Title,Body,Channel,Start,End,Time zone,Parent,Owner login,Status,Intent,Interaction mode";

    @Autowired
    ImportService imports;

    @Autowired
    ExportService exports;

    @Autowired
    DSLContext db;

    @TempDir
    Path dir;

    CurrentUser marketer;
    long strategy;
    long campaign;

    @BeforeEach
    void plan() {
        marketer = data.person("mara", Role.MARKETER);
        data.person("colin", Role.CONTRIBUTOR);
        data.channel("Blog", ChannelKind.OWNED);
        data.channel("Short", ChannelKind.OWNED, 10);
        data.channel("LinkedIn", ChannelKind.SOCIAL);
        data.retireChannel(data.channel("Fax", ChannelKind.DIRECT));
        long objective = data.objective("Grow", marketer.personId());
        strategy = data.strategy(objective, "Voice", marketer.personId());
        campaign = data.campaign(strategy, "Spring", Intent.CAMPAIGN, marketer.personId());
        signIn(marketer);
    }

    private Path file(String... lines) throws IOException {
        return file(String.join("\r\n", lines) + "\r\n");
    }

    private Path file(String text) throws IOException {
        Path path = Files.createTempFile(dir, "import", ".csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private int tactics() {
        return db.fetchCount(TACTIC);
    }

    @Test
    void aGoodFileImportsEveryRowWithItsHistoryAndTally() throws IOException {
        ImportReport report = imports.importCsv(
                file(
                        HEADER,
                        "a-1,Launch post,Hello world,Blog,2027-03-04 09:30,,Europe/Berlin,Grow › Voice › Spring,colin,Draft,,",
                        "a-2,Webinar,,blog,2027-03-11T15:00:00,2027-03-11 16:00,UTC,Grow > Voice,,Approved,Branding,Conversation",
                        "a-3,An idea,,Blog,,,,,,,,"),
                ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(3);
        var launch = db.selectFrom(TACTIC).where(TACTIC.EXTERNAL_ID.eq("a-1")).fetchSingle();
        assertThat(launch.getTitle()).isEqualTo("Launch post");
        assertThat(launch.getScheduledStart()).isEqualTo(Instant.parse("2027-03-04T08:30:00Z"));
        assertThat(launch.getCampaignId()).isEqualTo(campaign);
        assertThat(launch.getMarketingStrategyId()).isEqualTo(strategy);
        assertThat(launch.getIntent()).as("the campaign's").isEqualTo(Intent.CAMPAIGN);
        assertThat(launch.getStatus()).isEqualTo(TacticStatus.DRAFT);
        var webinar = db.selectFrom(TACTIC).where(TACTIC.EXTERNAL_ID.eq("a-2")).fetchSingle();
        assertThat(webinar.getOwnerId()).isEqualTo(marketer.personId());
        assertThat(webinar.getCampaignId()).isNull();
        assertThat(webinar.getScheduledEnd()).isEqualTo(Instant.parse("2027-03-11T16:00:00Z"));
        assertThat(webinar.getInteractionMode()).isEqualTo(InteractionMode.CONVERSATION);
        var idea = db.selectFrom(TACTIC).where(TACTIC.EXTERNAL_ID.eq("a-3")).fetchSingle();
        assertThat(idea.getStatus()).isEqualTo(TacticStatus.IDEA);
        assertThat(db.fetchCount(TACTIC_STATUS_CHANGE, TACTIC_STATUS_CHANGE.TACTIC_ID.eq(launch.getTacticId())))
                .as("its first status in the history")
                .isEqualTo(1);
        assertThat(db.select(PLAN_TALLY.TACTICS)
                        .from(PLAN_TALLY)
                        .where(PLAN_TALLY.MARKETING_STRATEGY_ID.eq(strategy))
                        .and(PLAN_TALLY.CAMPAIGN_ID.eq(campaign))
                        .fetchSingle()
                        .value1())
                .isEqualTo(1);
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of(",,,Blog,,,,,,,,", "Title", "Title is required"),
                Arguments.of(",T,,Nope,,,,,,,,", "Channel", "No channel is called “Nope”"),
                Arguments.of(",T,,Fax,,,,,,,,", "Channel", "retired"),
                Arguments.of(",T,Far too long for it,Short,,,,,,,,", "Body", "takes at most 10"),
                Arguments.of(",T,,Blog,tomorrow,,,Grow › Voice,,,,", "Start", "not a date and time"),
                Arguments.of(
                        ",T,,Blog,2027-03-04 09:00,,Mars/Olympus,Grow › Voice,,,,", "Time zone", "not a time zone"),
                Arguments.of(",T,,Blog,2027-03-04 09:00,2027-03-03 09:00,,Grow › Voice,,,,", "End", "cannot be before"),
                Arguments.of(",T,,Blog,2027-03-01 09:00,2027-04-15 09:00,,Grow › Voice,,,,", "End", "at most 31 days"),
                Arguments.of(",T,,Blog,,,,Grow › Nothing,,,,", "Parent", "Nothing in the plan is"),
                Arguments.of(",T,,Blog,2027-03-04 09:00,,,,,Idea,,", "Start", "unaligned idea has no date"),
                Arguments.of(",T,,Blog,,,,,,Draft,,", "Status", "unaligned idea cannot be draft"),
                Arguments.of(",T,,Blog,,,,Grow › Voice,nobody,,,", "Owner login", "Nobody signs in as"),
                Arguments.of(",T,,Blog,,,,Grow › Voice,,Maybe,,", "Status", "not one of"),
                Arguments.of(",T,,Blog,,,,Grow › Voice,,Scheduled,,", "Start", "Give the date"),
                Arguments.of(",T,,Blog,,,,Grow › Voice,,Cancelled,,", "Status", "cannot start a tactic as cancelled"),
                Arguments.of(",T,,LinkedIn,,,,Grow › Voice,,In review,,", "Status", "social policy"),
                Arguments.of(",T,,Blog,,,,Grow › Voice,,,Sometimes,", "Intent", "not one of"),
                Arguments.of(",T,,Blog,,,,Grow › Voice,,,,Shouting", "Interaction mode", "not one of"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badRows")
    void aBadRowIsReportedWithItsLineColumnAndReason(String row, String column, String reason) throws IOException {
        ImportReport report = imports.importCsv(file(HEADER, "ok-1,Fine,,Blog,,,,,,,,", row), ImportProgress.NONE);

        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).hasSize(1);
        RowError error = report.errors().getFirst();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.reason()).contains(reason);
        assertThat(tactics()).as("nothing imported").isZero();
    }

    @Test
    void aMixedFileImportsNothingAndReportsEveryBadRow() throws IOException {
        ImportReport report = imports.importCsv(
                file(
                        HEADER,
                        "m-1,Good,,Blog,,,,,,,,",
                        "m-2,,,Blog,,,,,,,,",
                        "m-3,Good too,,Blog,,,,,,,,",
                        "m-4,Bad channel,,Nope,,,,,,,,",
                        "m-1,Same key,,Blog,,,,,,,,"),
                ImportProgress.NONE);

        assertThat(report.errors())
                .extracting(RowError::line, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "Title"),
                        org.assertj.core.groups.Tuple.tuple(5L, "Channel"),
                        org.assertj.core.groups.Tuple.tuple(6L, "External id"));
        assertThat(report.created()).isZero();
        assertThat(tactics()).isZero();
    }

    @Test
    void aFileWithABomAndSemicolonsImports() throws IOException {
        String text = "\uFEFF" + HEADER.replace(',', ';') + "\r\n" + "b-1;Semi, colon;;Blog;;;;;;;;\r\n";
        ImportReport report = imports.importCsv(file(text), ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(db.select(TACTIC.TITLE).from(TACTIC).fetchSingle().value1()).isEqualTo("Semi, colon");
    }

    @Test
    void anEmojiAndMarkupInATitleAreStoredAsGiven() throws IOException {
        String title = "Launch 🚀 <img src=x onerror=alert(1)>";
        ImportReport report =
                imports.importCsv(file(HEADER, "e-1,\"" + title + "\",,Blog,,,,,,,,"), ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(db.select(TACTIC.TITLE).from(TACTIC).fetchSingle().value1()).isEqualTo(title);
    }

    @Test
    void importingTheSameFileAgainMakesNoDuplicates() throws IOException {
        Path path = file(HEADER, "r-1,With a key,,Blog,,,,,,,,", ",Without a key,,Blog,,,,,,,,");
        assertThat(imports.importCsv(path, ImportProgress.NONE).created()).isEqualTo(2);

        ImportReport again = imports.importCsv(path, ImportProgress.NONE);

        assertThat(again.errors()).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(tactics()).isEqualTo(2);
    }

    @Test
    void anExportImportsAgainAsTheSameTactics() throws IOException {
        imports.importCsv(
                file(
                        HEADER,
                        "t-1,\"Quoted, \"\"with\"\" commas\",\"Two\nlines\",Blog,2027-03-04 09:30,,UTC,Grow › Voice › Spring,colin,Draft,,",
                        "t-2,Webinar,,LinkedIn,2027-03-11 15:00,2027-03-11 16:00,UTC,Grow › Voice,,Draft,Branding,Conversation",
                        "t-3,Recorded,,Blog,2027-03-12 15:00:30,,UTC,Grow › Voice,,Published,,"),
                ImportProgress.NONE);
        var period = new CalendarPeriod(CalendarPeriod.Layout.LIST, LocalDate.of(2027, 3, 1));
        String first = export(period);
        assertThat(first).contains("t-1", "t-2", "t-3");
        var again = imports.importCsv(file(first), ImportProgress.NONE);
        assertThat(again.skipped()).as("nothing new in an export").isEqualTo(3);

        db.deleteFrom(TACTIC).execute();
        ImportReport report = imports.importCsv(file(first), ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(3);
        assertThat(export(period)).isEqualTo(first);
    }

    @Test
    void anExportNamesTacticsPlannedHereByTheirIdSoTheyAreNotImportedTwice() throws IOException {
        long id = data.tactic(
                strategy,
                null,
                "Planned here",
                data.channel("Podcast", ChannelKind.OWNED),
                Instant.parse("2027-03-05T10:00:00Z"),
                null,
                TacticStatus.DRAFT,
                marketer.personId());
        String csv = export(new CalendarPeriod(CalendarPeriod.Layout.LIST, LocalDate.of(2027, 3, 1)));
        assertThat(csv).contains("throughline-" + id);

        ImportReport report = imports.importCsv(file(csv), ImportProgress.NONE);

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(tactics()).isEqualTo(1);
    }

    private String export(CalendarPeriod period) throws IOException {
        var out = new ByteArrayOutputStream();
        exports.calendar(period, CalendarFilter.NONE, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWithAClearMessage() throws IOException {
        var lines = new ArrayList<String>(ImportService.MAX_ROWS + 2);
        lines.add("Title,Channel");
        for (int i = 0; i <= ImportService.MAX_ROWS; i++) {
            lines.add("T" + i + ",Blog");
        }
        ImportReport report = imports.importCsv(file(lines.toArray(String[]::new)), ImportProgress.NONE);

        assertThat(report.errors())
                .extracting(RowError::reason)
                .containsExactly(
                        "The file has more than 200,000 rows; an import takes at most that many. Split it into smaller files.");
        assertThat(tactics()).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithAClearMessage() throws IOException {
        Path path = file(HEADER);
        try (var raw = new RandomAccessFile(path.toFile(), "rw")) {
            raw.setLength(ImportService.MAX_BYTES + 1);
        }
        ImportReport report = imports.importCsv(path, ImportProgress.NONE);

        assertThat(report.errors())
                .extracting(RowError::reason)
                .singleElement()
                .asString()
                .contains("at most 20.0 MB");
    }

    @Test
    void anUnknownColumnIsReportedOnTheHeaderLine() throws IOException {
        ImportReport report = imports.importCsv(file("Title,Channel,Colour", "T,Blog,red"), ImportProgress.NONE);

        assertThat(report.errors())
                .containsExactly(new RowError(1, "Colour", "Unknown column “Colour”: see the list of columns"));
    }

    @Test
    void theProgressMovesToTheEnd() throws IOException {
        var seen = new ArrayList<Double>();
        var lines = new ArrayList<String>(List.of("Title,Channel"));
        for (int i = 0; i < 2_500; i++) {
            lines.add("T" + i + ",Blog");
        }
        imports.importCsv(file(lines.toArray(String[]::new)), seen::add);

        assertThat(seen).isSorted().contains(1.0);
        assertThat(seen.size()).isGreaterThan(2);
    }
}

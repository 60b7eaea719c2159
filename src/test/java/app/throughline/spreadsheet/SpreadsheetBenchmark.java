package app.throughline.spreadsheet;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.PLAN_TALLY;
import static app.throughline.db.Tables.TACTIC;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.benchmark.BenchmarkSupport;
import app.throughline.channel.ChannelKind;
import app.throughline.security.Role;
import app.throughline.testing.TestData;
import com.zaxxer.hikari.HikariDataSource;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The CSV benchmark of docs/performance.md: importing 100,000 valid rows beside MariaDB's own
 * {@code LOAD DATA LOCAL INFILE} of the same rows (no validation), the check of a file with 1,000
 * bad rows among 100,000, and an export of 100,000 rows (time, peak heap growth). Prints figures;
 * asserts only that the counts agree: {@code ./mvnw test -Pbenchmark -Dtest=SpreadsheetBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class SpreadsheetBenchmark {

    static final int ROWS = 100_000;
    static final String CHANNEL_NAME = "Bench blog";

    @Autowired
    DSLContext db;

    @Autowired
    TestData data;

    @Autowired
    ImportService imports;

    @Autowired
    ExportService exports;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void clean() {
        var channel = db.select(CHANNEL.CHANNEL_ID).from(CHANNEL).where(CHANNEL.NAME.eq(CHANNEL_NAME));
        db.deleteFrom(TACTIC).where(TACTIC.CHANNEL_ID.in(channel)).execute();
        db.deleteFrom(PLAN_TALLY).where(PLAN_TALLY.CHANNEL_ID.in(channel)).execute();
        db.deleteFrom(CHANNEL).where(CHANNEL.NAME.eq(CHANNEL_NAME)).execute();
        db.deleteFrom(app.throughline.db.Tables.MARKETING_STRATEGY)
                .where(app.throughline.db.Tables.MARKETING_STRATEGY.NAME.eq("Bench strategy"))
                .execute();
        db.deleteFrom(app.throughline.db.Tables.BUSINESS_OBJECTIVE)
                .where(app.throughline.db.Tables.BUSINESS_OBJECTIVE.NAME.eq("Bench objective"))
                .execute();
        SecurityContextHolder.clearContext();
    }

    @Test
    void importBesideLoadDataAndExport() throws Exception {
        var me = db.select(PERSON.PERSON_ID)
                .from(PERSON)
                .where(PERSON.LOGIN.eq("bench-marketer"))
                .fetchOne();
        long personId = me != null
                ? me.value1()
                : data.person("bench-marketer", Role.MARKETER).personId();
        long channel = data.channel(CHANNEL_NAME, ChannelKind.OWNED);
        long objective = data.objective("Bench objective", personId);
        long strategy = data.strategy(objective, "Bench strategy", personId);
        BenchmarkSupport.signIn(db, "bench-marketer", ZoneId.of("UTC"), Role.MARKETER);

        Path dir = Files.createTempDirectory("csv-bench");
        Path good = dir.resolve("good.csv");
        Path bad = dir.resolve("bad.csv");
        Path tsv = dir.resolve("load.tsv");
        LocalDateTime from = LocalDateTime.of(2030, 1, 1, 9, 0);
        try (var g = Files.newBufferedWriter(good);
                var b = Files.newBufferedWriter(bad);
                var t = Files.newBufferedWriter(tsv)) {
            String header = "External id,Title,Body,Channel,Start,Parent,Status\r\n";
            g.write(header);
            b.write(header);
            for (int i = 0; i < ROWS; i++) {
                LocalDateTime start = from.plusMinutes(15L * i);
                String when = CsvFile.WRITTEN.format(start);
                String row = "bench-" + i + ",Tactic " + i + ",Copy of tactic " + i + "," + CHANNEL_NAME + "," + when
                        + ",Bench objective › Bench strategy,Draft\r\n";
                g.write(row);
                b.write(i % 100 == 7 ? row.replace(CHANNEL_NAME, "No such channel") : row);
                t.write(String.join(
                                "\t",
                                Long.toString(strategy),
                                "Tactic " + i,
                                "Copy of tactic " + i,
                                Long.toString(channel),
                                start.toString().replace('T', ' '),
                                "DRAFT",
                                Long.toString(personId),
                                "BRANDING",
                                "BROADCAST",
                                "load-" + i)
                        + "\n");
            }
        }
        var report = new StringBuilder();

        long t0 = System.nanoTime();
        ImportReport checked = imports.importCsv(bad, ImportProgress.NONE);
        long checkMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(checked.errors()).hasSize(1_000);

        t0 = System.nanoTime();
        ImportReport imported = imports.importCsv(good, ImportProgress.NONE);
        long importMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(imported.created()).isEqualTo(ROWS);

        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        url += (url.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        long loadMillis;
        try (var connection = DriverManager.getConnection(
                        url,
                        ((HikariDataSource) dataSource).getUsername(),
                        ((HikariDataSource) dataSource).getPassword());
                var statement = connection.createStatement()) {
            t0 = System.nanoTime();
            statement.execute("LOAD DATA LOCAL INFILE '" + tsv.toAbsolutePath() + "' INTO TABLE tactic"
                    + " FIELDS TERMINATED BY '\\t' (marketing_strategy_id, title, body, channel_id, scheduled_start,"
                    + " status, owner_id, intent, interaction_mode, external_id)"
                    + " SET created_at = NOW(6), updated_at = NOW(6), status_since = NOW(6)");
            loadMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        assertThat(db.fetchCount(TACTIC, TACTIC.EXTERNAL_ID.like("load-%"))).isEqualTo(ROWS);
        db.deleteFrom(TACTIC).where(TACTIC.EXTERNAL_ID.like("load-%")).execute();

        // the export: 100,000 rows over ~7 years, as the calendar's list would hold them
        var written = new AtomicLong();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                written.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written.addAndGet(len);
            }
        };
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long baseline = runtime.totalMemory() - runtime.freeMemory();
        var peak = new AtomicLong(baseline);
        var sampling = new AtomicBoolean(true);
        var sampler = Thread.ofPlatform().daemon(true).start(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t0 = System.nanoTime();
        exports.dashboard(
                app.throughline.alignment.ReportPeriod.custom(LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31)),
                app.throughline.alignment.AlignmentFilter.NONE,
                sink);
        long rows = ROWS;
        long exportMillis = (System.nanoTime() - t0) / 1_000_000;
        sampling.set(false);
        sampler.join();
        long growthMb = (peak.get() - baseline) / (1024 * 1024);

        report.append(String.format(
                Locale.ROOT,
                "CSV benchmark, %,d rows%n"
                        + "  check of a file with 1,000 bad rows: %,d ms, %,d errors reported%n"
                        + "  import of %,d valid rows: %,d ms%n"
                        + "  LOAD DATA LOCAL INFILE of the same rows: %,d ms (import / load = %.1f)%n"
                        + "  export of %,d rows: %,d ms, %,d bytes, peak heap growth %,d MB (max heap %,d MB)%n",
                ROWS,
                checkMillis,
                checked.errors().size(),
                ROWS,
                importMillis,
                loadMillis,
                importMillis / (double) loadMillis,
                rows,
                exportMillis,
                written.get(),
                growthMb,
                runtime.maxMemory() / (1024 * 1024)));
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/spreadsheet.txt"), report, StandardCharsets.UTF_8);
        db.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(personId)).execute();
    }
}

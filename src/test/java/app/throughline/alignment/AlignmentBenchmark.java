package app.throughline.alignment;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.TACTIC;

import app.throughline.benchmark.BenchmarkSupport;
import app.throughline.benchmark.DenseData;
import app.throughline.benchmark.TacticGenerator;
import app.throughline.demo.DemoOrganisation;
import app.throughline.plan.PlanService;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard and plan benchmark of docs/performance.md, on the dense data (1,000,000
 * tactics over ten years, about 100,000 a year): the server time for every figure of the
 * dashboard for a year, beside the raw GROUP BY queries that compute the same figures over
 * JDBC; and the Plan view's read (the tree with its counts and the quarter's warnings). Prints
 * figures, asserts only that both sides agree: {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"throughline.embedded-db.data-dir=target/benchmark-db-dense/data"})
@ActiveProfiles({"test", "benchmark"})
@Import(BenchmarkSupport.CountStatements.class)
class AlignmentBenchmark {

    static final int WARM_UP = 10;
    static final int RUNS = 60;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Autowired
    DSLContext db;

    @Autowired
    DemoOrganisation demo;

    @Autowired
    AlignmentService alignment;

    @Autowired
    PlanService plan;

    @Autowired
    TacticService tactics;

    @Test
    void dashboardForAYearAndThePlanAtAMillionTactics() throws IOException {
        ensureDenseData();
        BenchmarkSupport.signIn(db, "executive", ZONE, Role.EXECUTIVE);
        var random = new Random(11);
        // whole years inside the dense span (2017-11 .. 2027-11): 2018 to 2026
        var years = new ArrayList<ReportPeriod>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            years.add(ReportPeriod.of(PeriodKind.YEAR, LocalDate.of(2018 + random.nextInt(9), 6, 1)));
        }
        var service = new long[RUNS];
        var raw = new long[RUNS];
        int minStatements = Integer.MAX_VALUE;
        int maxStatements = 0;
        int tacticsPerYear = 0;
        for (int i = 0; i < years.size(); i++) {
            ReportPeriod year = years.get(i);
            BenchmarkSupport.STATEMENTS.set(0);
            long start = System.nanoTime();
            AlignmentReport report = alignment.report(year, AlignmentFilter.NONE);
            long took = System.nanoTime() - start;
            int ran = BenchmarkSupport.STATEMENTS.get();
            long[] rawTotal = new long[1];
            long rawTook = rawQueries(year, rawTotal);
            if (rawTotal[0] != report.total()) {
                throw new AssertionError("figures disagree: " + report.total() + " vs raw " + rawTotal[0]);
            }
            if (i >= WARM_UP) {
                service[i - WARM_UP] = took;
                raw[i - WARM_UP] = rawTook;
                minStatements = Math.min(minStatements, ran);
                maxStatements = Math.max(maxStatements, ran);
                tacticsPerYear = report.total();
            }
        }
        String quarter = quarter();
        String planView = planView();
        Arrays.sort(service);
        Arrays.sort(raw);
        double median = service[RUNS / 2] / 1e6;
        double rawMedian = raw[RUNS / 2] / 1e6;
        String text = String.format(
                """
                Dashboard for a year, %,d tactics in the database (about %,d counted in a year), %d years sampled after %d warm-up
                every figure of the page (AlignmentService.report: transaction, role check, lookups, grouped counts, mapping):
                  median %.1f ms, p90 %.1f ms, max %.1f ms
                SQL statements per page: min %d, max %d
                the raw GROUP BY queries for the same figures over JDBC: median %.1f ms, p90 %.1f ms
                ratio (median page / median raw): %.2f
                %s%s""",
                db.fetchCount(TACTIC),
                tacticsPerYear,
                RUNS,
                WARM_UP,
                median,
                service[RUNS * 9 / 10] / 1e6,
                service[RUNS - 1] / 1e6,
                minStatements,
                maxStatements,
                rawMedian,
                raw[RUNS * 9 / 10] / 1e6,
                median / rawMedian,
                quarter,
                planView);
        System.out.println(text);
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/dashboard.md"), text);
    }

    /** A quarter (weekly bars) for comparison. */
    private String quarter() {
        var times = new long[RUNS];
        var random = new Random(5);
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            var q = ReportPeriod.of(
                    PeriodKind.QUARTER, LocalDate.of(2018 + random.nextInt(9), 1 + random.nextInt(12), 1));
            long start = System.nanoTime();
            alignment.report(q, AlignmentFilter.NONE);
            if (i >= WARM_UP) {
                times[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        return String.format(
                "dashboard for a quarter (weekly bars): median %.1f ms, p90 %.1f ms%n",
                times[RUNS / 2] / 1e6, times[RUNS * 9 / 10] / 1e6);
    }

    /**
     * Opening the Plan view: everything it reads (the tree with every node's counts from
     * plan_tally, this quarter's warnings and department figures, the newest unaligned ideas and
     * their count); beside it the old way, a GROUP BY over every tactic.
     */
    private String planView() {
        var open = new long[RUNS];
        var tree = new long[RUNS];
        var health = new long[RUNS];
        var recount = new long[10];
        ReportPeriod thisQuarter = ReportPeriod.of(PeriodKind.QUARTER, alignment.today());
        int ran = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            BenchmarkSupport.STATEMENTS.set(0);
            long start = System.nanoTime();
            plan.tree();
            long treeDone = System.nanoTime();
            alignment.planHealth(thisQuarter);
            long healthDone = System.nanoTime();
            tactics.unalignedIdeas(200);
            tactics.unalignedIdeaCount();
            if (i >= WARM_UP) {
                open[i - WARM_UP] = System.nanoTime() - start;
                tree[i - WARM_UP] = treeDone - start;
                health[i - WARM_UP] = healthDone - treeDone;
            }
            ran = BenchmarkSupport.STATEMENTS.get();
        }
        for (int i = 0; i < recount.length; i++) {
            long start = System.nanoTime();
            db.fetch("SELECT t.marketing_strategy_id, t.campaign_id, c.kind, COUNT(*) FROM tactic t "
                    + "JOIN channel c ON c.channel_id = t.channel_id WHERE t.marketing_strategy_id IS NOT NULL "
                    + "GROUP BY t.marketing_strategy_id, t.campaign_id, c.kind");
            recount[i] = System.nanoTime() - start;
        }
        Arrays.sort(open);
        Arrays.sort(tree);
        Arrays.sort(health);
        Arrays.sort(recount);
        return String.format(
                """
                Plan view opening (all it reads), %d samples: median %.1f ms, p90 %.1f ms, %d statements
                  of which the tree with its counts: median %.1f ms; this quarter's warnings and departments: median %.1f ms
                  for comparison, the counts recounted over every tactic (the read before plan_tally): median %.0f ms
                """,
                RUNS,
                open[RUNS / 2] / 1e6,
                open[RUNS * 9 / 10] / 1e6,
                ran,
                tree[RUNS / 2] / 1e6,
                health[RUNS / 2] / 1e6,
                recount[recount.length / 2] / 1e6);
    }

    /** The figures of the page as hand-written GROUP BY queries, straight over JDBC. */
    private long rawQueries(ReportPeriod year, long[] total) {
        LocalDateTime from = utc(year.start(ZONE));
        LocalDateTime to = utc(year.end(ZONE));
        var bucket = new StringBuilder("CASE");
        var buckets = year.buckets();
        for (int i = 0; i < buckets.size() - 1; i++) {
            bucket.append(" WHEN scheduled_start < '")
                    .append(utc(buckets.get(i).end(ZONE)))
                    .append("' THEN ")
                    .append(i);
        }
        bucket.append(" ELSE ").append(buckets.size() - 1).append(" END");
        String counted = " FROM tactic WHERE scheduled_start >= ? AND scheduled_start < ? "
                + "AND status NOT IN ('IDEA', 'CANCELLED')";
        Instant now = Instant.now();
        return db.connectionResult(connection -> {
            long start = System.nanoTime();
            long sum = 0;
            for (var row : fetch(
                    connection,
                    "SELECT " + bucket + " AS bucket, intent, interaction_mode, COUNT(*)" + counted
                            + " GROUP BY bucket, intent, interaction_mode",
                    from,
                    to)) {
                sum += row;
            }
            fetch(
                    connection,
                    "SELECT marketing_strategy_id, channel_id, interaction_mode, COUNT(*)" + counted
                            + " GROUP BY marketing_strategy_id, channel_id, interaction_mode",
                    from,
                    to);
            fetch(
                    connection,
                    "SELECT department_id, channel_id, interaction_mode, COUNT(*)" + counted
                            + " GROUP BY department_id, channel_id, interaction_mode",
                    from,
                    to);
            fetch(
                    connection,
                    "SELECT DISTINCT marketing_strategy_id, 1 FROM tactic WHERE scheduled_start >= ? "
                            + "AND scheduled_start < ? AND status NOT IN ('IDEA', 'CANCELLED') "
                            + "AND marketing_strategy_id IS NOT NULL",
                    utc(now),
                    utc(now.plus(AlignmentRules.STARVED_HORIZON)));
            fetch(connection, "SELECT MIN(created_at), COUNT(*) FROM tactic WHERE marketing_strategy_id IS NULL");
            long took = System.nanoTime() - start;
            total[0] = sum;
            return took;
        });
    }

    /** Runs a query and returns its last column (a count) per row. */
    private static List<Long> fetch(Connection connection, String sql, LocalDateTime... parameters)
            throws SQLException {
        var counts = new ArrayList<Long>();
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                int last = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    counts.add(rows.getLong(last));
                }
            }
        }
        return counts;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void ensureDenseData() {
        if (db.fetchCount(TACTIC) >= DenseData.TACTICS) {
            return;
        }
        long t0 = System.nanoTime();
        if (!db.fetchExists(PERSON)) {
            demo.create();
        }
        new TacticGenerator(db).generate(DenseData.TACTICS - db.fetchCount(TACTIC), DenseData.START, DenseData.SPAN);
        db.execute("ANALYZE TABLE tactic");
        System.out.printf("Generated the dense data in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}

package app.throughline.calendar.ui;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.TACTIC;

import app.throughline.benchmark.BenchmarkSupport;
import app.throughline.benchmark.TacticGenerator;
import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPage;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.calendar.CalendarService;
import app.throughline.channel.ChannelService;
import app.throughline.demo.DemoOrganisation;
import app.throughline.people.PeopleService;
import app.throughline.plan.PlanNode;
import app.throughline.plan.PlanService;
import app.throughline.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The calendar benchmark of docs/performance.md: with a million tactics in the database, the
 * server work of one month navigation (read the visible range, build what the browser gets),
 * the SQL statements it runs, and the same read written by hand over JDBC for comparison.
 * Not part of the normal test run; it prints figures and asserts nothing about time:
 * {@code ./mvnw test -Pbenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles({"test", "benchmark"})
@Import(BenchmarkSupport.CountStatements.class)
class CalendarBenchmark {

    static final int TACTICS = Integer.getInteger("benchmark.tactics", 1_000_000);
    static final LocalDateTime SPAN_START = LocalDateTime.of(1900, 1, 1, 0, 0);
    /** 300 years: about 280 tactics in an average month, "a month with a few hundred tactics". */
    static final Duration SPAN = Duration.ofDays(300L * 365);

    static final int WARM_UP = 100;
    static final int RUNS = 400;

    @Autowired
    DSLContext db;

    @Autowired
    DemoOrganisation demo;

    @Autowired
    CalendarService calendar;

    @Autowired
    PlanService plan;

    @Autowired
    ChannelService channels;

    @Autowired
    PeopleService people;

    @Test
    void monthNavigationWithAMillionTactics() throws IOException {
        int existing = db.fetchCount(TACTIC);
        if (existing < TACTICS) {
            long t0 = System.nanoTime();
            if (!db.fetchExists(PERSON)) {
                demo.create();
            }
            new TacticGenerator(db).generate(TACTICS - db.fetchCount(TACTIC), SPAN_START, SPAN);
            db.execute("ANALYZE TABLE tactic");
            System.out.printf("Generated tactics in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        BenchmarkSupport.signIn(db, "marketer", ZoneId.of("Europe/Berlin"), Role.MARKETER);
        List<Long> objectiveIds = plan.outline().stream().map(PlanNode::id).toList();
        var random = new Random(7);

        // months sampled across the whole span, so caches do not flatter the figures
        List<CalendarPeriod> months = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            LocalDate day = SPAN_START.toLocalDate().plusDays(random.nextLong(SPAN.toDays() - 60));
            months.add(new CalendarPeriod(Layout.MONTH, day.withDayOfMonth(1)));
        }
        var navigation = new long[RUNS];
        var reading = new long[RUNS];
        var firstVisit = new long[RUNS];
        var directQuery = new long[RUNS];
        var sizes = new int[RUNS];
        int minStatements = Integer.MAX_VALUE;
        int maxStatements = 0;
        for (int i = 0; i < months.size(); i++) {
            CalendarPeriod month = months.get(i);
            // cold: the first visit to a month whose rows are not in MariaDB's buffer pool yet
            long coldStart = System.nanoTime();
            calendar.page(month, CalendarFilter.NONE);
            long cold = System.nanoTime() - coldStart;
            BenchmarkSupport.STATEMENTS.set(0);
            long start = System.nanoTime();
            CalendarPage page = calendar.page(month, CalendarFilter.NONE);
            long read = System.nanoTime() - start;
            String json = CalendarPayload.json(page, ColourBy.CHANNEL, objectiveIds, e -> true, true, false);
            long took = System.nanoTime() - start;
            int ran = BenchmarkSupport.STATEMENTS.get();
            long direct = directQuery(month);
            if (i >= WARM_UP) {
                navigation[i - WARM_UP] = took;
                reading[i - WARM_UP] = read;
                firstVisit[i - WARM_UP] = cold;
                directQuery[i - WARM_UP] = direct;
                sizes[i - WARM_UP] = page.entries().size();
                minStatements = Math.min(minStatements, ran);
                maxStatements = Math.max(maxStatements, ran);
            }
            if (json.isEmpty()) {
                throw new AssertionError("no payload");
            }
        }
        String opening = openingTheCalendar(months.subList(0, 50));
        String report =
                opening + report(navigation, reading, firstVisit, directQuery, sizes, minStatements, maxStatements);
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/calendar.md"), report);
    }

    /**
     * Opening the calendar (a new view, or a reload) reads the plan outline, channels, people and
     * departments for the filters before the first month: measured separately, with the plan
     * tree's counts (the Plan view's read) for comparison.
     */
    private String openingTheCalendar(List<CalendarPeriod> sample) {
        var open = new long[sample.size()];
        var tree = new long[5];
        for (int i = 0; i < sample.size(); i++) {
            long start = System.nanoTime();
            plan.outline();
            channels.channels();
            people.people();
            people.departments();
            calendar.page(sample.get(i), CalendarFilter.NONE);
            open[i] = System.nanoTime() - start;
        }
        for (int i = 0; i < tree.length; i++) {
            long start = System.nanoTime();
            plan.tree();
            tree[i] = System.nanoTime() - start;
        }
        Arrays.sort(open);
        Arrays.sort(tree);
        return String.format("""
                opening the calendar (filters' choices + first month), %d samples: median %.2f ms, max %.2f ms
                for comparison, the Plan view's tree with tactic counts (not part of the calendar): median %.0f ms
                """, open.length, open[open.length / 2] / 1e6, open[open.length - 1] / 1e6, tree[2] / 1e6);
    }

    /**
     * The same read written by hand and run straight over JDBC: the first three tactics of each
     * day on screen with the day's count, ranked on the index, then their rows.
     */
    private long directQuery(CalendarPeriod month) {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDateTime from = LocalDateTime.ofInstant(month.from(zone), ZoneOffset.UTC);
        LocalDateTime to = LocalDateTime.ofInstant(month.to(zone), ZoneOffset.UTC);
        var day = new StringBuilder("CASE");
        List<LocalDate> days = month.days();
        for (int i = 1; i < days.size(); i++) {
            day.append(" WHEN GREATEST(t.scheduled_start, ?) < '")
                    .append(LocalDateTime.ofInstant(
                            days.get(i).atStartOfDay(zone).toInstant(), ZoneOffset.UTC))
                    .append("' THEN ")
                    .append(i - 1);
        }
        day.append(" ELSE ").append(days.size() - 1).append(" END");
        String sql = "SELECT t2.tactic_id, t2.title, c.name, c.kind, c.colour, t2.scheduled_start, t2.scheduled_end, "
                + "t2.status, t2.intent, s.business_objective_id, t2.campaign_id, t2.owner_id, t2.version, r.day, "
                + "r.on_day FROM (SELECT t.tactic_id, " + day + " AS day, ROW_NUMBER() OVER (PARTITION BY " + day
                + " ORDER BY t.scheduled_start, t.tactic_id) AS rn, COUNT(*) OVER (PARTITION BY " + day + ") AS on_day "
                + "FROM tactic t WHERE t.scheduled_start < ? AND t.scheduled_start >= ? "
                + "AND ((t.scheduled_end IS NULL AND t.scheduled_start >= ?) OR t.scheduled_end > ?)) r "
                + "JOIN tactic t2 ON t2.tactic_id = r.tactic_id JOIN channel c ON c.channel_id = t2.channel_id "
                + "LEFT JOIN marketing_strategy s ON s.marketing_strategy_id = t2.marketing_strategy_id "
                + "WHERE r.rn <= 3 ORDER BY t2.scheduled_start, t2.tactic_id";
        int cases = 3 * (days.size() - 1);
        return db.connectionResult(connection -> {
            long start = System.nanoTime();
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 1; i <= cases; i++) {
                    statement.setObject(i, from);
                }
                statement.setObject(cases + 1, to);
                statement.setObject(cases + 2, from.minusDays(31));
                statement.setObject(cases + 3, from);
                statement.setObject(cases + 4, from);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(2);
                    }
                }
            }
            return System.nanoTime() - start;
        });
    }

    private String report(
            long[] navigation,
            long[] reading,
            long[] firstVisit,
            long[] direct,
            int[] sizes,
            int minStatements,
            int maxStatements) {
        Arrays.sort(navigation);
        Arrays.sort(reading);
        Arrays.sort(firstVisit);
        Arrays.sort(direct);
        Arrays.sort(sizes);
        double navMedian = navigation[RUNS / 2] / 1e6;
        double directMedian = direct[RUNS / 2] / 1e6;
        return String.format(
                """
                Calendar month navigation, %,d tactics in the database, %d months sampled (after %d warm-up)
                tactics per month shown: median %d (min %d, max %d)
                (each month is visited once untimed first, so both sides below read from MariaDB's buffer pool)
                first visit to a month (rows not yet in the buffer pool), CalendarService.page: median %.2f ms, p90 %.2f ms
                server work per navigation (query + mapping + JSON for the browser):
                  median %.2f ms, p90 %.2f ms, max %.2f ms
                  of which CalendarService.page (both queries, transaction, role check, mapping): median %.2f ms
                SQL statements per navigation: min %d, max %d
                the same read (bounded, ranked on the index) written by hand over JDBC: median %.2f ms, p90 %.2f ms
                overhead ratio (median navigation / median direct query): %.2f
                """,
                db.fetchCount(TACTIC),
                RUNS,
                WARM_UP,
                sizes[RUNS / 2],
                sizes[0],
                sizes[RUNS - 1],
                firstVisit[RUNS / 2] / 1e6,
                firstVisit[RUNS * 9 / 10] / 1e6,
                navMedian,
                navigation[RUNS * 9 / 10] / 1e6,
                navigation[RUNS - 1] / 1e6,
                reading[RUNS / 2] / 1e6,
                minStatements,
                maxStatements,
                directMedian,
                direct[RUNS * 9 / 10] / 1e6,
                navMedian / directMedian);
    }
}

package app.throughline.browser;

import app.throughline.benchmark.DenseData;
import app.throughline.database.EmbeddedMariaDb;
import com.google.errorprone.annotations.FormatMethod;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dense-month benchmark of docs/performance.md, in a real browser against the production jar
 * on the dense data (8,000 tactics a month): how long a month takes to open and how much data it
 * carries, that every tactic is still reachable ("+N more" adds up), and the heap one signed-in
 * calendar session holds. Prints figures and asserts nothing about time:
 * {@code ./mvnw verify -Pbenchmark} (see README).
 */
@Tag("benchmark")
class DenseCalendarBrowserBenchmark extends BrowserTestBase {

    static final Path REPORT = Path.of("target/benchmark/dense-calendar.txt");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final int MONTHS = 20;
    static final int SESSIONS = Integer.getInteger("benchmark.sessions", 200);

    private static EmbeddedMariaDb db;
    private static ProductionApp dense;
    private static final StringBuilder report = new StringBuilder();

    @Override
    protected ProductionApp app() throws Exception {
        if (dense == null) {
            db = DenseData.start();
            dense = ProductionApp.startOn("dense", db, List.of());
            long t0 = System.nanoTime();
            int added = DenseData.fill(db.jdbcUrl("throughline"));
            if (added > 0) {
                line("Generated %,d tactics in %.0f s", added, (System.nanoTime() - t0) / 1e9);
            }
        }
        return dense;
    }

    @AfterAll
    static void stopDenseApp() throws Exception {
        if (dense != null) {
            dense.close();
            dense = null;
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    @Test
    void aDenseMonthOpensQuicklyAndLightlyWithEveryTacticReachable() throws Exception {
        signInAs("marketer");
        var bytes = new AtomicLong();
        page.onResponse(response -> bytes.addAndGet(dataBytes(response)));
        var random = new Random(11);
        var open = new double[MONTHS];
        var next = new double[MONTHS];
        var payload = new long[MONTHS];
        var nextPayload = new long[MONTHS];
        int checked = 0;
        for (int i = 0; i < MONTHS; i++) {
            LocalDate month = DenseData.START
                    .toLocalDate()
                    .plusMonths(12 + random.nextInt(96))
                    .withDayOfMonth(1);
            bytes.set(0);
            long t0 = System.nanoTime();
            page.navigate(url("/?view=month&date=" + month));
            page.waitForSelector("tl-calendar[data-shown^='dayGridMonth " + month + " ']");
            open[i] = (System.nanoTime() - t0) / 1e6;
            payload[i] = bytes.get();
            checked += everyTacticReachable(month);

            bytes.set(0);
            t0 = System.nanoTime();
            page.getByLabel("Next").click();
            page.waitForSelector("tl-calendar[data-shown^='dayGridMonth " + month.plusMonths(1) + " ']");
            next[i] = (System.nanoTime() - t0) / 1e6;
            nextPayload[i] = bytes.get();
        }
        screenshot("dense-month");
        line("Dense month, %d months sampled (about 8,300 tactics each):", MONTHS);
        line(
                "  open (full page load, scripts cached): median %.0f ms, p90 %.0f ms, max %.0f ms",
                median(open), p90(open), Arrays.stream(open).max().orElse(0));
        line(
                "  data per open (document + server messages): median %.1f KB, max %.1f KB",
                median(payload) / 1024, Arrays.stream(payload).max().orElse(0) / 1024.0);
        line(
                "  next month in the open page: median %.0f ms, p90 %.0f ms; data median %.1f KB, max %.1f KB",
                median(next),
                p90(next),
                median(nextPayload) / 1024,
                Arrays.stream(nextPayload).max().orElse(0) / 1024.0);
        line(
                "  every tactic reachable: drawn + '+N more' = the tactics of the grid's 42 days, in %d of %d months",
                checked, MONTHS);
    }

    @Test
    void heapHeldByOneSignedInCalendarSession() throws Exception {
        long before = heapAfterGc();
        String month =
                DenseData.START.toLocalDate().plusYears(5).withDayOfMonth(1).toString();
        for (int i = 0; i < SESSIONS; i++) {
            try (var context = separateContext(1400, 900)) {
                Page visitor = context.newPage();
                signIn(visitor, "marketer", "throughline");
                visitor.waitForURL(url -> !url.contains("/login"));
                visitor.navigate(url("/?view=month&date=" + month));
                visitor.waitForSelector("tl-calendar[data-shown^='dayGridMonth " + month + " ']");
            }
        }
        long after = heapAfterGc();
        line(
                "Heap after GC: %,d KB with no session, %,d KB with %d signed-in calendar sessions: %.0f KB a session",
                before, after, SESSIONS, (after - before) / (double) SESSIONS);
    }

    /** Sums the drawn tactics and the "+N more" of the grid on screen and compares with the database. */
    private int everyTacticReachable(LocalDate month) throws Exception {
        int drawn = page.locator("tl-calendar .fc-event.tactic").count();
        int more = 0;
        for (String label : page.locator("tl-calendar .fc-event.more-link").allTextContents()) {
            more += Integer.parseInt(label.replaceAll("\\D", ""));
        }
        LocalDate first = month.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var from = first.atStartOfDay(BERLIN).toInstant();
        var to = first.plusWeeks(6).atStartOfDay(BERLIN).toInstant();
        try (var connection = DriverManager.getConnection(db.jdbcUrl("throughline"), "root", "");
                var count = connection.prepareStatement("SELECT count(*) FROM tactic WHERE scheduled_start < ? "
                        + "AND scheduled_start >= ? AND ((scheduled_end IS NULL AND scheduled_start >= ?) "
                        + "OR scheduled_end > ?)")) {
            count.setObject(1, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
            count.setObject(2, LocalDateTime.ofInstant(from.minus(Duration.ofDays(31)), ZoneOffset.UTC));
            count.setObject(3, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            count.setObject(4, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            try (var result = count.executeQuery()) {
                result.next();
                int expected = result.getInt(1);
                if (drawn + more != expected) {
                    line("  %s: %d drawn + %d more, but %d in the database", month, drawn, more, expected);
                    return 0;
                }
                return 1;
            }
        }
    }

    private static long dataBytes(Response response) {
        String type = response.request().resourceType();
        if (!type.equals("document") && !type.equals("fetch") && !type.equals("xhr")) {
            return 0;
        }
        try {
            return response.body().length;
        } catch (RuntimeException noBody) {
            return 0;
        }
    }

    /** Used heap (KB) after two full collections, from jcmd on the app's process. */
    private long heapAfterGc() throws Exception {
        Path jcmd =
                Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        String pid = String.valueOf(app().pid());
        run(jcmd.toString(), pid, "GC.run");
        run(jcmd.toString(), pid, "GC.run");
        String info = run(jcmd.toString(), pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    @FormatMethod
    private static void line(String format, Object... arguments) {
        report.append(String.format(format, arguments)).append('\n');
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(long[] values) {
        return median(Arrays.stream(values).asDoubleStream().toArray());
    }

    private static double p90(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.9) - 1];
    }
}

package app.throughline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The feed benchmark of docs/performance.md: the feed of a person with 5,000 tactics in its window,
 * through the real filter chain and controller (MockMvc, so server time only, no network): the
 * median and 95th percentile of a full answer, and of a conditional request that gets 304. Prints
 * figures; asserts only what the answers are: {@code ./mvnw test -Pbenchmark -Dtest=FeedBenchmark}.
 */
@Tag("benchmark")
class FeedBenchmark extends ServiceTestBase {

    static final int TACTICS = 5_000;
    static final int WARM_UP = 10;
    static final int TIMED = 40;

    @Autowired
    WebApplicationContext context;

    @Autowired
    FeedService feeds;

    @Test
    void theFeedOfFiveThousandTactics() throws Exception {
        MockMvc calendarApp = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        CurrentUser me = data.person("bench.feed", Role.MARKETER);
        long channel = data.channel("Bench LinkedIn", ChannelKind.SOCIAL);
        long strategy = data.strategy(data.objective("Bench grow", me.personId()), "Bench voice", me.personId());
        Instant first = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < TACTICS; i++) {
            // 5,000 over the next 300 days, inside the feed's window of 12 months ahead
            Instant start = first.plus(Duration.ofMinutes(86L * i));
            data.tactic(
                    strategy,
                    null,
                    "Bench post " + i,
                    channel,
                    start,
                    start.plus(Duration.ofMinutes(30)),
                    TacticStatus.SCHEDULED,
                    me.personId());
        }
        signIn(me);
        String token = feeds.create("Bench", null).token();
        SecurityContextHolder.clearContext();
        String path = "/feed/" + token + ".ics";

        long[] full = new long[TIMED];
        String etag = "";
        int bytes = 0;
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            long began = System.nanoTime();
            MockHttpServletResponse response =
                    calendarApp.perform(get(path)).andReturn().getResponse();
            long took = System.nanoTime() - began;
            assertThat(response.getStatus()).isEqualTo(200);
            etag = response.getHeader(HttpHeaders.ETAG);
            bytes = response.getContentAsByteArray().length;
            if (i >= WARM_UP) {
                full[i - WARM_UP] = took;
            }
        }
        String events = calendarApp.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(events.split("BEGIN:VEVENT", -1)).hasSize(TACTICS + 1);

        long[] conditional = new long[TIMED];
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            long began = System.nanoTime();
            MockHttpServletResponse response = calendarApp
                    .perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andReturn()
                    .getResponse();
            long took = System.nanoTime() - began;
            assertThat(response.getStatus()).isEqualTo(304);
            if (i >= WARM_UP) {
                conditional[i - WARM_UP] = took;
            }
        }

        String report = String.format(
                Locale.ROOT,
                "feed of %,d tactics (%,d bytes): median %.1f ms, p95 %.1f ms over %d requests%n"
                        + "conditional request (If-None-Match): 304, median %.1f ms, p95 %.1f ms%n",
                TACTICS,
                bytes,
                percentile(full, 50),
                percentile(full, 95),
                TIMED,
                percentile(conditional, 50),
                percentile(conditional, 95));
        System.out.print(report);
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/feed.txt"), report);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}

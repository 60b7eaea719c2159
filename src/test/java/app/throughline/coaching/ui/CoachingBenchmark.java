package app.throughline.coaching.ui;

import static app.throughline.db.Tables.TACTIC;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.benchmark.BenchmarkSupport;
import app.throughline.channel.ChannelKind;
import app.throughline.coaching.ReviewFilter;
import app.throughline.coaching.ReviewService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The review queue's first page and the composer's opening with 10,000 tactics waiting in review
 * and 200 comments on the tactic opened (issue 8: under 50 ms of server time at the median, a
 * constant number of SQL statements). Server time is what the view costs on the server from
 * navigation to a built page (Karibu, no browser), the database reads included. Prints figures,
 * asserts only that what was measured is what was meant: {@code ./mvnw test -Pbenchmark
 * -Dtest=CoachingBenchmark}. The rows are written in the test's own transaction and never
 * committed, so the database checks their visibility row by row: a pessimistic figure for the
 * index-only count.
 */
@Tag("benchmark")
@Import(BenchmarkSupport.CountStatements.class)
class CoachingBenchmark extends ViewTestBase {

    static final int WAITING = 10_000;
    static final int COMMENTS = 200;
    static final int WARM_UP = 30;
    static final int RUNS = 100;

    @Autowired
    DSLContext db;

    @Autowired
    ReviewService review;

    @Test
    void theQueueAndTheComposerWithTenThousandWaitingAndTwoHundredComments() {
        CurrentUser coach = data.person("cora", Role.COACH);
        CurrentUser author = data.person("conor", Role.CONTRIBUTOR);
        long channel = data.channel("LinkedIn", ChannelKind.SOCIAL, 3000);
        var planner = data.person("sofia", Role.STRATEGIST);
        long strategy = data.strategy(data.objective("Grow", planner.personId()), "Voice", planner.personId());
        Instant now = Instant.now();
        long first =
                data.tactic(strategy, null, "Waiting 0", channel, now, null, TacticStatus.IN_REVIEW, author.personId());
        db.execute("""
                INSERT INTO tactic (marketing_strategy_id, title, body, channel_id, scheduled_start, status, owner_id,
                    intent, interaction_mode, created_at, updated_at, status_since)
                SELECT {0}, CONCAT('Waiting ', seq), REPEAT('Copy of a post. ', 20), {1},
                    TIMESTAMPADD(HOUR, seq, UTC_TIMESTAMP(6)), 'IN_REVIEW', {2}, 'CAMPAIGN', 'BROADCAST',
                    UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), TIMESTAMPADD(MINUTE, -seq, UTC_TIMESTAMP(6))
                FROM seq_1_to_{3}
                """, DSL.val(strategy), DSL.val(channel), DSL.val(author.personId()), DSL.inline(WAITING - 1));
        Instant start = now.minus(Duration.ofDays(2));
        for (int i = 0; i < COMMENTS; i++) {
            data.comment(
                    first,
                    i % 2 == 0 ? coach.personId() : author.personId(),
                    "Comment " + i + ": " + "words ".repeat(30),
                    start.plusSeconds(60L * i));
        }
        for (int i = 0; i < 20; i++) {
            data.statusChange(
                    first, TacticStatus.DRAFT, TacticStatus.IN_REVIEW, author.personId(), start.plusSeconds(30L * i));
        }
        data.tickPolicy(first);
        assertThat(db.fetchCount(TACTIC, TACTIC.STATUS.eq(TacticStatus.IN_REVIEW)))
                .isEqualTo(WAITING);

        signIn(coach);
        assertThat(review.queueSize(ReviewFilter.ALL)).isEqualTo(WAITING);
        var queue = new long[RUNS];
        var composer = new long[RUNS];
        // the queue's two reads alone, warmed up: a page in index order, and the count
        var page = new long[RUNS];
        var count = new long[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t0 = System.nanoTime();
            review.queue(ReviewFilter.ALL, 0, 20);
            long t1 = System.nanoTime();
            review.queueSize(ReviewFilter.ALL);
            long t2 = System.nanoTime();
            if (i >= WARM_UP) {
                page[i - WARM_UP] = t1 - t0;
                count[i - WARM_UP] = t2 - t1;
            }
        }
        Arrays.sort(page);
        Arrays.sort(count);
        var queueStatements = new TreeSet<Integer>();
        var composerStatements = new TreeSet<Integer>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            UI.getCurrent().navigate("training");
            BenchmarkSupport.STATEMENTS.set(0);
            long t0 = System.nanoTime();
            UI.getCurrent().navigate("review");
            MockVaadin.clientRoundtrip(false);
            long t1 = System.nanoTime();
            int q = BenchmarkSupport.STATEMENTS.get();
            BenchmarkSupport.STATEMENTS.set(0);
            long t2 = System.nanoTime();
            UI.getCurrent().navigate("tactics/" + first);
            MockVaadin.clientRoundtrip(false);
            long t3 = System.nanoTime();
            int c = BenchmarkSupport.STATEMENTS.get();
            if (i >= WARM_UP) {
                queue[i - WARM_UP] = t1 - t0;
                composer[i - WARM_UP] = t3 - t2;
                queueStatements.add(q);
                composerStatements.add(c);
            }
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tactics/" + first);
        // the same composer on a tactic with no comments and no history: the statements must not grow with them
        long quiet =
                data.tactic(strategy, null, "Quiet", channel, now, null, TacticStatus.IN_REVIEW, author.personId());
        UI.getCurrent().navigate("training");
        BenchmarkSupport.STATEMENTS.set(0);
        UI.getCurrent().navigate("tactics/" + quiet);
        MockVaadin.clientRoundtrip(false);
        int quietStatements = BenchmarkSupport.STATEMENTS.get();
        Arrays.sort(queue);
        Arrays.sort(composer);
        System.out.printf(
                """
                === Coaching benchmark: %,d tactics in review, %d comments and %d status changes on the tactic opened ===
                review queue, first page (as a coach): median %.1f ms, p90 %.1f ms, max %.1f ms; statements %s
                  of which its reads: a page of 20 median %.2f ms, the count median %.2f ms
                composer opening: median %.1f ms, p90 %.1f ms, max %.1f ms; statements %s (a tactic with no comments: %d)
                """,
                WAITING,
                COMMENTS,
                20,
                queue[RUNS / 2] / 1e6,
                queue[RUNS * 9 / 10] / 1e6,
                queue[RUNS - 1] / 1e6,
                queueStatements,
                page[RUNS / 2] / 1e6,
                count[RUNS / 2] / 1e6,
                composer[RUNS / 2] / 1e6,
                composer[RUNS * 9 / 10] / 1e6,
                composer[RUNS - 1] / 1e6,
                composerStatements,
                quietStatements);
    }
}

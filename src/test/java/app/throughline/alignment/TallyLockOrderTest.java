package app.throughline.alignment;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.plan.Intent.CAMPAIGN;
import static app.throughline.tactic.InteractionMode.BROADCAST;
import static app.throughline.tactic.TacticStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.security.Role;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two tactics moved across the same month edge in opposite directions, at the same moment, 300
 * times: each move lowers one tally row and raises the other. The triggers touch the two rows in
 * key order, so the two writers queue instead of deadlocking (touched in write order, a review
 * counted 10 deadlocks in 300). Real commits on two connections, so no test transaction.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class TallyLockOrderTest extends ServiceTestBase {

    static final Instant MARCH = Instant.parse("2027-03-31T10:00:00Z");
    static final Instant APRIL = Instant.parse("2027-04-01T10:00:00Z");

    @Autowired
    DSLContext db;

    @Test
    void oppositeMovesAcrossAMonthEdgeDoNotDeadlock() throws Exception {
        long owner = data.person("mover", Role.MARKETER).personId();
        long department = data.department("Movers", true);
        long channel = data.channel("Movers' channel", ChannelKind.SOCIAL);
        long strategy = data.strategy(data.objective("Move", owner), "Back and forth", owner);
        long x = data.tactic(strategy, channel, MARCH, SCHEDULED, owner, department, CAMPAIGN, BROADCAST);
        long y = data.tactic(strategy, channel, APRIL, SCHEDULED, owner, department, CAMPAIGN, BROADCAST);
        var deadlocks = new AtomicInteger();
        var together = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> moveBackAndForth(x, APRIL, MARCH, together, deadlocks));
            var b = pool.submit(() -> moveBackAndForth(y, MARCH, APRIL, together, deadlocks));
            a.get(120, TimeUnit.SECONDS);
            b.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(deadlocks).hasValue(0);
    }

    private Void moveBackAndForth(
            long tactic, Instant first, Instant second, CyclicBarrier together, AtomicInteger deadlocks)
            throws Exception {
        for (int i = 0; i < 300; i++) {
            together.await(30, TimeUnit.SECONDS);
            try {
                db.update(TACTIC)
                        .set(TACTIC.SCHEDULED_START, i % 2 == 0 ? first : second)
                        .where(TACTIC.TACTIC_ID.eq(tactic))
                        .execute();
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage())
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("deadlock")) {
                    deadlocks.incrementAndGet();
                } else {
                    throw e;
                }
            }
        }
        return null;
    }

    @AfterEach
    void removeWhatWasCommitted() {
        db.deleteFrom(TACTIC).where(TACTIC.TITLE.startsWith("Tactic ")).execute();
        db.deleteFrom(MARKETING_STRATEGY)
                .where(MARKETING_STRATEGY.NAME.eq("Back and forth"))
                .execute();
        db.deleteFrom(BUSINESS_OBJECTIVE)
                .where(BUSINESS_OBJECTIVE.NAME.eq("Move"))
                .execute();
        db.deleteFrom(CHANNEL).where(CHANNEL.NAME.eq("Movers' channel")).execute();
        db.deleteFrom(PERSON_ROLE)
                .where(PERSON_ROLE.PERSON_ID.in(
                        db.select(PERSON.PERSON_ID).from(PERSON).where(PERSON.LOGIN.eq("mover"))))
                .execute();
        db.deleteFrom(PERSON).where(PERSON.LOGIN.eq("mover")).execute();
        db.deleteFrom(DEPARTMENT).where(DEPARTMENT.NAME.eq("Movers")).execute();
    }
}

package app.throughline.tactic;

import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.FORM_SUBMISSION;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.common.NotFoundException;
import app.throughline.common.SubmissionKey;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.plan.PlanService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people at the same moment, in two real transactions that commit: a strategist deletes a
 * strategy while a marketer saves a tactic under it. The save must be told the strategy is gone,
 * not fail on the database's foreign key, and nothing may be left half written.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentWritesTest extends ServiceTestBase {

    @Autowired
    TacticService tactics;

    @Autowired
    PlanService plan;

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aTacticSavedUnderAStrategyBeingDeletedIsToldItIsGone() throws Exception {
        CurrentUser strategist = data.person("sofia", Role.STRATEGIST);
        CurrentUser marketer = data.person("max", Role.MARKETER);
        long channel = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long strategy = data.strategy(data.objective("Grow", strategist.personId()), "Voice", strategist.personId());
        var deleting = new CountDownLatch(1);
        var saving = new CountDownLatch(1);

        var delete = CompletableFuture.runAsync(
                () -> {
                    signIn(strategist);
                    new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        StrategyNode node = plan.tree().getFirst().strategies().getFirst();
                        plan.delete(node, plan.deletionImpact(node));
                        deleting.countDown(); // deleted, not yet committed
                        await(saving);
                    });
                },
                twoPeople);
        assertThat(deleting.await(10, TimeUnit.SECONDS)).isTrue();
        var save = CompletableFuture.supplyAsync(
                () -> {
                    signIn(marketer);
                    try {
                        return tactics.save(
                                        new Tactic(
                                                null,
                                                strategy,
                                                null,
                                                "Raced",
                                                null,
                                                channel,
                                                Instant.parse("2027-03-01T09:00:00Z"),
                                                null,
                                                TacticStatus.DRAFT,
                                                marketer.personId(),
                                                null,
                                                null,
                                                null,
                                                null,
                                                0),
                                        SubmissionKey.random())
                                .title();
                    } catch (RuntimeException refused) {
                        return refused.getClass().getSimpleName() + ": " + refused.getMessage();
                    }
                },
                twoPeople);
        awaitALockWait(save); // the save has reached the strategy the delete holds
        saving.countDown();
        delete.get(10, TimeUnit.SECONDS);

        assertThat(save.get(10, TimeUnit.SECONDS))
                .isEqualTo(NotFoundException.class.getSimpleName()
                        + ": The strategy it was planned under no longer exists. Someone may have deleted it; reload to see "
                        + "the current plan.");
        assertThat(db.fetchCount(TACTIC)).isZero();
    }

    /** Two threads of their own: a shared pool may have only one on two cores, and nothing would race. */
    private final ExecutorService twoPeople = Executors.newFixedThreadPool(2);

    private void awaitALockWait(CompletableFuture<?> save) throws InterruptedException {
        for (int i = 0; i < 200 && !save.isDone(); i++) {
            int waiting = db.fetchSingle(
                            "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                    .get(0, Integer.class);
            if (waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        // the save went through without waiting: the assertion on what it returned says how
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Nothing here rolls back by itself: leave the database as the other tests expect it. */
    @AfterEach
    void cleanUp() {
        twoPeople.shutdownNow();
        db.deleteFrom(TACTIC_STATUS_CHANGE).execute();
        db.deleteFrom(TACTIC).execute();
        db.deleteFrom(FORM_SUBMISSION).execute();
        db.deleteFrom(MARKETING_STRATEGY).execute();
        db.deleteFrom(BUSINESS_OBJECTIVE).execute();
        db.deleteFrom(CHANNEL).execute();
        db.deleteFrom(PERSON_ROLE).execute();
        db.deleteFrom(PERSON).execute();
    }
}

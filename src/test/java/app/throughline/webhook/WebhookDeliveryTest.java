package app.throughline.webhook;

import static app.throughline.db.Tables.ADMIN_AUDIT;
import static app.throughline.db.Tables.BUSINESS_OBJECTIVE;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.FORM_SUBMISSION;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_EDIT;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;
import static app.throughline.db.Tables.WEBHOOK;
import static app.throughline.db.Tables.WEBHOOK_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery after commit, against a real receiver on a local port: signed, retried with backoff,
 * recorded; a dead receiver never slows or breaks a save; a rolled-back save writes nothing; two
 * claimers never take the same row. Everything here commits (the dispatcher works in its own
 * transactions), so it runs without the test transaction and deletes what it wrote. The poller
 * is off in tests; each test delivers explicitly.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class WebhookDeliveryTest extends ServiceTestBase {

    static final Instant MONDAY_NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    WebhookService webhooks;

    @Autowired
    TacticService tactics;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Outbox outbox;

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WebhookProperties properties;

    final List<TestReceiver> receivers = new ArrayList<>();
    CurrentUser ada;
    CurrentUser max;
    long strategy;
    long newsletter;

    @BeforeEach
    void setUp() {
        ada = data.person("ada", Role.ADMIN);
        max = data.person("max", Role.MARKETER);
        strategy = data.strategy(data.objective("Grow", max.personId()), "Voice", max.personId());
        newsletter = data.channel("Newsletter", ChannelKind.OWNED);
    }

    private TestReceiver receiver() {
        var receiver = new TestReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private WebhookWithSecret hook(String url) {
        signIn(ada);
        var created = webhooks.register(url, EnumSet.allOf(WebhookEvent.class));
        signIn(max);
        return created;
    }

    private long draft(String title) {
        return data.tactic(strategy, null, title, newsletter, MONDAY_NINE, null, TacticStatus.DRAFT, max.personId());
    }

    private Record delivery() {
        return db.selectFrom(WEBHOOK_DELIVERY).fetchSingle();
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    /** Time passes: the waiting delivery is due now. */
    private void makeDue() {
        db.update(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, Instant.now().minusSeconds(1))
                .where(WEBHOOK_DELIVERY.STATUS.eq("PENDING"))
                .execute();
    }

    @Test
    void theReceiverVerifiesTheSignatureWithTheHooksSecret() throws Exception {
        TestReceiver receiver = receiver();
        WebhookWithSecret hook = hook(receiver.url());
        long launch = draft("Launch");
        tactics.changeStatus(launch, 0, TacticStatus.APPROVED);

        assertThat(receiver.received()).as("nothing is sent by the save itself").isEmpty();
        assertThat(dispatcher.deliverDue()).isEqualTo(1);

        assertThat(receiver.received()).hasSize(1);
        TestReceiver.Received got = receiver.received().getFirst();
        Record row = delivery();
        assertThat(got.event()).isEqualTo("tactic.approved");
        assertThat(got.delivery()).isEqualTo(String.valueOf(row.get(WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID)));
        assertThat(got.contentType()).startsWith("application/json");
        assertThat(got.signature()).isEqualTo(hmac(hook.secret(), got.body()));
        assertThat(got.signature())
                .as("another secret does not verify")
                .isNotEqualTo(hmac(hook.secret() + "x", got.body()));
        assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo(row.get(WEBHOOK_DELIVERY.PAYLOAD));
        assertThat(row.get(WEBHOOK_DELIVERY.STATUS)).isEqualTo("DELIVERED");
        assertThat(row.get(WEBHOOK_DELIVERY.ATTEMPTS)).isEqualTo(1);
        assertThat(row.get(WEBHOOK_DELIVERY.HTTP_STATUS)).isEqualTo(200);
        assertThat(row.get(WEBHOOK_DELIVERY.DELIVERED_AT)).isNotNull();
        assertThat(row.get(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT)).isNull();
        assertThat(dispatcher.deliverDue())
                .as("a delivered row is not sent again")
                .isZero();
    }

    @Test
    void aDeliveryThatGetsA500IsRetriedAfterABackoffAndThenDelivered() {
        TestReceiver receiver = receiver().answering(500);
        hook(receiver.url());
        tactics.changeStatus(draft("Launch"), 0, TacticStatus.APPROVED);

        Instant firstTry = Instant.now();
        dispatcher.deliverDue();
        Record failed = delivery();
        assertThat(failed.get(WEBHOOK_DELIVERY.STATUS)).isEqualTo("PENDING");
        assertThat(failed.get(WEBHOOK_DELIVERY.ATTEMPTS)).isEqualTo(1);
        assertThat(failed.get(WEBHOOK_DELIVERY.HTTP_STATUS)).isEqualTo(500);
        assertThat(failed.get(WEBHOOK_DELIVERY.LAST_ERROR)).isEqualTo("The receiver answered HTTP 500");
        assertThat(failed.get(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT))
                .as("the first retry comes 30 seconds later")
                .isCloseTo(firstTry.plusSeconds(30), within(5, ChronoUnit.SECONDS));
        assertThat(dispatcher.deliverDue()).as("not due yet").isZero();

        makeDue();
        assertThat(dispatcher.deliverDue()).isEqualTo(1);
        Record delivered = delivery();
        assertThat(delivered.get(WEBHOOK_DELIVERY.STATUS)).isEqualTo("DELIVERED");
        assertThat(delivered.get(WEBHOOK_DELIVERY.ATTEMPTS)).isEqualTo(2);
        assertThat(delivered.get(WEBHOOK_DELIVERY.HTTP_STATUS)).isEqualTo(200);
        assertThat(delivered.get(WEBHOOK_DELIVERY.LAST_ERROR)).isNull();
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).delivery())
                .as("the retry is the same delivery, for the receiver to recognise")
                .isEqualTo(receiver.received().get(0).delivery());
        assertThat(receiver.received().get(1).body())
                .isEqualTo(receiver.received().get(0).body());
    }

    @Test
    void afterTheLastAttemptTheDeliveryFailsAndAnAdminMaySendItAgain() {
        TestReceiver receiver = receiver().answering(500, 500, 500, 500, 500, 500, 500, 503);
        hook(receiver.url());
        tactics.changeStatus(draft("Launch"), 0, TacticStatus.APPROVED);

        for (int attempt = 1; attempt <= 8; attempt++) {
            makeDue();
            assertThat(dispatcher.deliverDue()).isEqualTo(1);
        }
        Record failed = delivery();
        assertThat(failed.get(WEBHOOK_DELIVERY.STATUS)).isEqualTo("FAILED");
        assertThat(failed.get(WEBHOOK_DELIVERY.ATTEMPTS)).isEqualTo(8);
        assertThat(failed.get(WEBHOOK_DELIVERY.HTTP_STATUS)).isEqualTo(503);
        assertThat(failed.get(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT)).isNull();
        makeDue();
        assertThat(dispatcher.deliverDue()).as("failed for good").isZero();

        signIn(ada);
        DeliveryEntry again = webhooks.sendAgain(failed.get(WEBHOOK_DELIVERY.WEBHOOK_DELIVERY_ID));
        assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(dispatcher.deliverDue()).isEqualTo(1);
        assertThat(delivery().get(WEBHOOK_DELIVERY.STATUS)).isEqualTo("DELIVERED");
        assertThat(delivery().get(WEBHOOK_DELIVERY.ATTEMPTS)).isEqualTo(9);
    }

    @Test
    void aDeadReceiverNeitherSlowsNorBreaksTheSave() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        hook("http://127.0.0.1:" + closedPort + "/hook");
        TestReceiver sleeper = receiver().pausing(Duration.ofSeconds(5));
        hook(sleeper.url());
        long launch = draft("Launch");

        long started = System.nanoTime();
        Tactic approved = tactics.changeStatus(launch, 0, TacticStatus.APPROVED);
        Duration save = Duration.ofNanos(System.nanoTime() - started);
        assertThat(approved.status()).isEqualTo(TacticStatus.APPROVED);
        assertThat(save).as("the save sends nothing itself").isLessThan(Duration.ofMillis(1500));

        // the delivery is in flight to the sleeping receiver: another save of the same tactic goes through at once
        var delivering = CompletableFuture.supplyAsync(dispatcher::deliverDue);
        assertThat(sleeper.awaitRequest()).isTrue();
        started = System.nanoTime();
        Tactic scheduled = tactics.changeStatus(launch, approved.version(), TacticStatus.SCHEDULED);
        Duration whileDelivering = Duration.ofNanos(System.nanoTime() - started);
        assertThat(scheduled.status()).isEqualTo(TacticStatus.SCHEDULED);
        assertThat(whileDelivering)
                .as("no row lock is held while a delivery waits for its receiver")
                .isLessThan(Duration.ofMillis(1500));
        assertThat(delivering.get(20, TimeUnit.SECONDS)).isEqualTo(2);

        var errors = db.select(
                        WEBHOOK.URL, WEBHOOK_DELIVERY.STATUS, WEBHOOK_DELIVERY.ATTEMPTS, WEBHOOK_DELIVERY.LAST_ERROR)
                .from(WEBHOOK_DELIVERY)
                .join(WEBHOOK)
                .on(WEBHOOK.WEBHOOK_ID.eq(WEBHOOK_DELIVERY.WEBHOOK_ID))
                .where(WEBHOOK_DELIVERY.EVENT.eq("tactic.approved"))
                .fetch();
        assertThat(errors).hasSize(2).allSatisfy(r -> {
            assertThat(r.value2()).isEqualTo("PENDING");
            assertThat(r.value3()).isEqualTo(1);
        });
        assertThat(errors)
                .extracting(r -> r.value4())
                .anySatisfy(e -> assertThat(e).startsWith("Could not reach the receiver"))
                .anySatisfy(e -> assertThat(e).startsWith("No answer in time"));
        assertThat(db.fetchValue(TACTIC.STATUS, TACTIC.TACTIC_ID.eq(launch))).isEqualTo(TacticStatus.SCHEDULED);
    }

    @Test
    void aSaveThatRollsBackWritesNoDelivery() {
        hook(receiver().url());
        long launch = draft("Launch");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            tactics.changeStatus(launch, 0, TacticStatus.APPROVED);
            assertThat(db.fetchCount(WEBHOOK_DELIVERY))
                    .as("written in the save's transaction")
                    .isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(db.fetchCount(WEBHOOK_DELIVERY)).isZero();
        assertThat(db.fetchValue(TACTIC.STATUS, TACTIC.TACTIC_ID.eq(launch))).isEqualTo(TacticStatus.DRAFT);
        tactics.changeStatus(launch, 0, TacticStatus.APPROVED);
        assertThat(db.fetchCount(WEBHOOK_DELIVERY))
                .as("a committed save has its delivery")
                .isEqualTo(1);
    }

    @Test
    void twoClaimersNeverTakeTheSameDelivery() throws Exception {
        hook(receiver().url());
        for (int i = 0; i < 4; i++) {
            tactics.changeStatus(draft("Launch " + i), 0, TacticStatus.APPROVED);
        }
        Instant now = Instant.now();
        var firstClaimed = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
            List<Outbox.Claimed> claimed = outbox.claim(2, now, now.plusSeconds(600));
            firstClaimed.countDown();
            await(release); // holds its locks, uncommitted
            return claimed;
        }));
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        List<Outbox.Claimed> second = dispatcher.claim(now);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        release.countDown();
        List<Outbox.Claimed> firstOnes = first.get(10, TimeUnit.SECONDS);

        assertThat(took)
                .as("the second claimer skips the locked rows, it does not wait")
                .isLessThan(Duration.ofSeconds(2));
        List<Long> a = firstOnes.stream().map(Outbox.Claimed::id).toList();
        List<Long> b = second.stream().map(Outbox.Claimed::id).toList();
        assertThat(a).hasSize(2);
        assertThat(b).hasSize(2).doesNotContainAnyElementsOf(a);
        assertThat(db.fetchCount(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.STATUS.eq("DELIVERING")))
                .isEqualTo(4);
    }

    @Test
    void theScheduledPollerDeliversWithoutBeingAsked() throws Exception {
        TestReceiver receiver = receiver();
        hook(receiver.url());
        tactics.changeStatus(draft("Launch"), 0, TacticStatus.APPROVED);

        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        var registrar = new ScheduledTaskRegistrar();
        registrar.setTaskScheduler(scheduler);
        new WebhookPoller(dispatcher, properties.withPollInterval(Duration.ofMillis(100))).configureTasks(registrar);
        registrar.afterPropertiesSet();
        try {
            assertThat(receiver.awaitRequest()).as("the poller sent it").isTrue();
            for (int i = 0; i < 50 && !"DELIVERED".equals(delivery().get(WEBHOOK_DELIVERY.STATUS)); i++) {
                Thread.sleep(100);
            }
        } finally {
            registrar.destroy();
            scheduler.shutdown();
        }
        assertThat(delivery().get(WEBHOOK_DELIVERY.STATUS)).isEqualTo("DELIVERED");
        assertThat(receiver.received()).hasSize(1);
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
        receivers.forEach(TestReceiver::close);
        db.deleteFrom(WEBHOOK).execute(); // with its events and deliveries
        db.deleteFrom(ADMIN_AUDIT).execute();
        db.deleteFrom(TACTIC_STATUS_CHANGE).execute();
        db.deleteFrom(TACTIC_EDIT).execute();
        db.deleteFrom(TACTIC).execute();
        db.deleteFrom(FORM_SUBMISSION).execute();
        db.deleteFrom(MARKETING_STRATEGY).execute();
        db.deleteFrom(BUSINESS_OBJECTIVE).execute();
        db.deleteFrom(CHANNEL).execute();
        db.deleteFrom(PERSON_ROLE).execute();
        db.deleteFrom(PERSON).execute();
    }
}

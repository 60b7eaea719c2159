package app.throughline.admin;

import static app.throughline.db.Tables.ADMIN_AUDIT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.security.SignedInSessions;
import app.throughline.testing.ServiceTestBase;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What needs real commits on two connections: two admins taking each other's Admin role at the
 * same moment, and sessions ended after a commit and not after a rollback. No test transaction;
 * what was committed is deleted afterwards.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PersonAdminConcurrencyTest extends ServiceTestBase {

    private static final List<String> LOGINS = List.of("race-ada", "race-grace");

    @Autowired
    PersonAdminService people;

    @Autowired
    SessionRegistry registry;

    @Autowired
    SignedInSessions sessions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DSLContext db;

    TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    @Test
    void twoAdminsTakingEachOthersAdminRoleAtOnceLeaveOneAdmin() throws Exception {
        CurrentUser ada = data.person("race-ada", Role.ADMIN);
        CurrentUser grace = data.person("race-grace", Role.ADMIN);
        signIn(ada);
        PersonEntry adaAsRead = people.person(ada.personId());
        PersonEntry graceAsRead = people.person(grace.personId());
        var firstHoldsItsLocks = new CountDownLatch(1);
        var letFirstCommit = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> as(
                    ada,
                    () -> transactions().executeWithoutResult(status -> {
                        people.save(withRoles(graceAsRead, Set.of(Role.COACH)));
                        firstHoldsItsLocks.countDown();
                        await(letFirstCommit);
                    })));
            assertThat(firstHoldsItsLocks.await(30, TimeUnit.SECONDS)).isTrue();
            var second = pool.submit(() -> as(grace, () -> people.save(withRoles(adaAsRead, Set.of(Role.COACH)))));
            Thread.sleep(700);
            assertThat(second.isDone())
                    .as("the second change waits for the first one's locks")
                    .isFalse();

            letFirstCommit.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Race-ada Tester is the last admin");
        } finally {
            letFirstCommit.countDown();
            pool.shutdownNow();
        }

        assertThat(db.select(PERSON_ROLE.PERSON_ID)
                        .from(PERSON_ROLE)
                        .where(PERSON_ROLE.ROLE.eq(Role.ADMIN))
                        .and(PERSON_ROLE.PERSON_ID.in(ada.personId(), grace.personId()))
                        .fetch(PERSON_ROLE.PERSON_ID))
                .as("exactly one admin is left: ada")
                .containsExactly(ada.personId());
    }

    @Test
    void sessionsEndWhenADisableCommitsAndNotWhenAResetRollsBack() {
        CurrentUser ada = data.person("race-ada", Role.ADMIN);
        long grace = data.person("race-grace", Role.CONTRIBUTOR).personId();
        registry.registerNewSession("race-grace-1", PersonAdminServiceTest.principal(grace, "race-grace"));
        signIn(ada);

        transactions().executeWithoutResult(status -> {
            people.resetPassword(grace, 0);
            status.setRollbackOnly();
        });
        assertThat(sessions.open(grace)).as("the reset was rolled back").hasSize(1);

        transactions().executeWithoutResult(status -> {
            people.disable(grace, 0);
            assertThat(sessions.open(grace)).as("not before the commit").hasSize(1);
        });
        assertThat(sessions.open(grace)).as("ended by the commit").isEmpty();
        var session = registry.getSessionInformation("race-grace-1");
        assertThat(session).isNotNull();
        assertThat(session.isExpired()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code work} signed in as {@code user} on this (pool) thread. */
    private Void as(CurrentUser user, Runnable work) {
        signIn(user);
        try {
            work.run();
            return null;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static PersonEntry withRoles(PersonEntry p, Set<Role> roles) {
        return new PersonEntry(
                p.id(),
                p.login(),
                p.displayName(),
                p.departmentId(),
                null,
                roles,
                p.timeZone(),
                p.locale(),
                p.enabled(),
                p.mustChangePassword(),
                p.version());
    }

    @AfterEach
    void removeWhatWasCommitted() {
        registry.removeSessionInformation("race-grace-1");
        var ids = db.select(PERSON.PERSON_ID).from(PERSON).where(PERSON.LOGIN.in(LOGINS));
        db.deleteFrom(ADMIN_AUDIT).where(ADMIN_AUDIT.CHANGED_BY.in(ids)).execute();
        db.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.in(ids)).execute();
        db.deleteFrom(PERSON).where(PERSON.LOGIN.in(LOGINS)).execute();
    }
}

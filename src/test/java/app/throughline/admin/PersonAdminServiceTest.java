package app.throughline.admin;

import static app.throughline.db.Tables.ADMIN_AUDIT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.audit.AuditAction;
import app.throughline.audit.AuditKind;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.ValidationException;
import app.throughline.people.PeopleService;
import app.throughline.people.PersonSummary;
import app.throughline.plan.PlanNode;
import app.throughline.plan.PlanService;
import app.throughline.security.CurrentUser;
import app.throughline.security.PersonPrincipal;
import app.throughline.security.Role;
import app.throughline.security.SignedInSessions;
import app.throughline.testing.ServiceTestBase;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** People management by an admin (issue 9), against the real database. */
class PersonAdminServiceTest extends ServiceTestBase {

    @Autowired
    PersonAdminService people;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UserDetailsService signIns;

    @Autowired
    SessionRegistry registry;

    @Autowired
    SignedInSessions sessions;

    @Autowired
    PlanService plan;

    @Autowired
    PeopleService directory;

    @Autowired
    app.throughline.tactic.TacticService tactics;

    @Autowired
    DSLContext db;

    CurrentUser ada;

    @BeforeEach
    void signInAsAdmin() {
        ada = data.person("ada", Role.ADMIN);
        signIn(ada);
    }

    @AfterEach
    void forgetSessions() {
        registry.getAllPrincipals()
                .forEach(principal -> registry.getAllSessions(principal, true)
                        .forEach(session -> registry.removeSessionInformation(session.getSessionId())));
    }

    // --- create ---------------------------------------------------------------------------------

    @Test
    void aNewPersonGetsAStrongGeneratedPasswordThatSignsInAndMustBeChanged() {
        long sales = data.department("Sales");
        CreatedPerson created =
                people.create(entry(" Grace.Hopper ", "Grace Hopper", sales, Set.of(Role.COACH, Role.CONTRIBUTOR)));

        assertThat(created.person().login()).as("trimmed, in lower case").isEqualTo("grace.hopper");
        assertThat(created.person().departmentName()).isEqualTo("Sales");
        assertThat(created.person().mustChangePassword()).isTrue();
        assertThat(created.person().enabled()).isTrue();
        assertThat(created.password()).hasSize(16).matches("[" + InitialPasswords.ALPHABET + "]+");
        assertThat(created.toString()).doesNotContain(created.password());
        String hash = db.select(PERSON.PASSWORD_HASH)
                .from(PERSON)
                .where(PERSON.LOGIN.eq("grace.hopper"))
                .fetchSingle(PERSON.PASSWORD_HASH);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(created.password());
        assertThat(passwords.matches(created.password(), hash)).isTrue();

        var principal = (PersonPrincipal) signIns.loadUserByUsername("grace.hopper");
        assertThat(principal.person().mustChangePassword()).isTrue();
        assertThat(principal.getAuthorities())
                .as("no role until the password is changed")
                .isEmpty();
        assertThat(people.create(entry("grace2", "Grace Two", null, Set.of(Role.EXECUTIVE)))
                        .password())
                .as("a new password each time")
                .isNotEqualTo(created.password());
    }

    @Test
    void aCreationIsAuditedWithWhatWasCreatedButNeverThePassword() {
        CreatedPerson created = people.create(entry("grace", "Grace Hopper", null, Set.of(Role.MARKETER)));

        var row = db.selectFrom(ADMIN_AUDIT)
                .where(ADMIN_AUDIT.SUBJECT_ID.eq(created.person().id()))
                .and(ADMIN_AUDIT.KIND.eq(AuditKind.PERSON.name()))
                .fetchSingle();
        assertThat(row.getAction()).isEqualTo(AuditAction.CREATE.name());
        assertThat(row.getChangedBy()).isEqualTo(ada.personId());
        assertThat(row.getBeforeText()).isNull();
        assertThat(row.getAfterText())
                .contains("login=grace", "name=Grace Hopper", "roles=MARKETER", "must change password=yes")
                .doesNotContain(created.password());
    }

    @Test
    void aLoginTakenInAnyCaseIsRefusedNextToTheLogin() {
        data.person("grace", Role.CONTRIBUTOR);

        for (String login : new String[] {"grace", "GRACE", "Grace"}) {
            assertThatThrownBy(() -> people.create(entry(login, "Another Grace", null, Set.of(Role.CONTRIBUTOR))))
                    .isInstanceOfSatisfying(ValidationException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("login");
                        assertThat(refused.getMessage()).contains("“grace” is taken");
                    });
        }
    }

    @Test
    void aLoginOfOtherCharactersOrLengthsIsRefusedWithTheRule() {
        for (String login : new String[] {"gr", "grace hopper", "grâce", "grace@example.com", "g".repeat(65), " "}) {
            assertThatThrownBy(() -> people.create(entry(login, "Grace", null, Set.of(Role.CONTRIBUTOR))))
                    .as(login)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            refused -> assertThat(refused.field()).isEqualTo("login"));
        }
        assertThat(people.create(entry("g.h_1-x", "Grace", null, Set.of(Role.CONTRIBUTOR)))
                        .person()
                        .login())
                .isEqualTo("g.h_1-x");
    }

    @Test
    void aPersonWithoutARoleOrWithAnUnknownZoneOrLocaleIsRefusedNextToThatField() {
        assertThatThrownBy(() -> people.create(entry("grace", "Grace", null, Set.of())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("roles"));
        var badZone = new PersonEntry(
                null, "grace", "Grace", null, null, Set.of(Role.COACH), "Mars/Olympus", null, true, false, 0);
        assertThatThrownBy(() -> people.create(badZone))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("timeZone"));
        var badLocale =
                new PersonEntry(null, "grace", "Grace", null, null, Set.of(Role.COACH), "UTC", "123", true, false, 0);
        assertThatThrownBy(() -> people.create(badLocale))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("locale"));
        assertThatThrownBy(() -> people.create(entry("grace", " ", null, Set.of(Role.COACH))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("displayName"));
    }

    // --- edit -----------------------------------------------------------------------------------

    @Test
    void anEditChangesRolesAndDetailsAndIsAuditedWithBeforeAndAfter() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        long sales = data.department("Sales");
        PersonEntry read = people.person(grace);

        PersonEntry saved = people.save(new PersonEntry(
                grace,
                "ignored",
                "Grace Hopper",
                sales,
                null,
                Set.of(Role.COACH, Role.STRATEGIST),
                "Europe/Berlin",
                "de-DE",
                true,
                false,
                read.version()));

        assertThat(saved.login()).as("the login stays").isEqualTo("grace");
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.COACH, Role.STRATEGIST);
        assertThat(saved.departmentName()).isEqualTo("Sales");
        assertThat(saved.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(saved.locale()).isEqualTo("de-DE");
        assertThat(saved.version()).isEqualTo(read.version() + 1);
        var row = db.selectFrom(ADMIN_AUDIT)
                .where(ADMIN_AUDIT.SUBJECT_ID.eq(grace))
                .and(ADMIN_AUDIT.KIND.eq(AuditKind.PERSON.name()))
                .fetchSingle();
        assertThat(row.getAction()).isEqualTo(AuditAction.UPDATE.name());
        assertThat(row.getBeforeText()).contains("name=Grace Tester", "roles=CONTRIBUTOR", "locale=browser");
        assertThat(row.getAfterText()).contains("name=Grace Hopper", "roles=STRATEGIST/COACH", "locale=de-DE");
    }

    @Test
    void anEditOfAPersonSomeoneElseChangedMeanwhileIsRefused() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        PersonEntry read = people.person(grace);
        people.save(renamed(read, "Grace by someone else"));

        assertThatThrownBy(() -> people.save(renamed(read, "Grace by me")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(people.person(grace).displayName()).isEqualTo("Grace by someone else");
    }

    @Test
    void aChangeOfRolesEndsThePersonsSessionsButARenameDoesNot() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        registry.registerNewSession("grace-1", principal(grace, "grace"));
        people.save(renamed(people.person(grace), "Grace Hopper"));
        PersonEntry renamed = people.person(grace);
        people.save(new PersonEntry(
                grace,
                "grace",
                renamed.displayName(),
                null,
                null,
                Set.of(Role.COACH),
                "UTC",
                null,
                true,
                false,
                renamed.version()));

        assertThat(sessions.open(grace))
                .as("still open until the change commits (this test's transaction never does)")
                .hasSize(1);
        assertThat(pendingEnds()).as("one end of sessions waits for the commit").isEqualTo(1);
    }

    // --- disable, enable ------------------------------------------------------------------------

    @Test
    void aDisabledPersonCannotSignInAndAnEnabledOneCanAgain() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();

        PersonEntry disabled = people.disable(grace, 0);

        assertThat(disabled.enabled()).isFalse();
        assertThat(signIns.loadUserByUsername("grace").isEnabled()).isFalse();
        assertThat(auditActions(grace)).containsExactly(AuditAction.DISABLE.name());
        var audited = db.selectFrom(ADMIN_AUDIT)
                .where(ADMIN_AUDIT.SUBJECT_ID.eq(grace))
                .fetchSingle();
        assertThat(audited.getBeforeText()).contains("enabled=yes");
        assertThat(audited.getAfterText()).contains("enabled=no");

        PersonEntry enabled = people.enable(grace, disabled.version());

        assertThat(enabled.enabled()).isTrue();
        assertThat(signIns.loadUserByUsername("grace").isEnabled()).isTrue();
        assertThat(auditActions(grace)).containsExactly(AuditAction.DISABLE.name(), AuditAction.ENABLE.name());
    }

    @Test
    void disablingEndsSessionsOnlyOnceTheChangeCommits() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        registry.registerNewSession("grace-1", principal(grace, "grace"));
        registry.registerNewSession("grace-2", principal(grace, "grace"));

        people.disable(grace, 0);

        assertThat(sessions.open(grace))
                .as("this test's transaction rolls back: nobody is signed out by a change that is not kept")
                .hasSize(2);
        assertThat(pendingEnds()).isEqualTo(1);
    }

    @Test
    void anAdminCannotDisableOrResetThemselves() {
        data.person("grace", Role.ADMIN); // another admin: the refusal is not the last-admin rule

        assertThatThrownBy(() -> people.disable(ada.personId(), 0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("You cannot disable yourself");
        assertThatThrownBy(() -> people.resetPassword(ada.personId(), 0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("your own password");
        assertThat(people.person(ada.personId()).enabled()).isTrue();
    }

    @Test
    void theLastAdminCannotLoseTheAdminRole() {
        PersonEntry me = people.person(ada.personId());

        assertThatThrownBy(() -> people.save(withRoles(me, Set.of(Role.STRATEGIST))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("roles");
                    assertThat(refused.getMessage()).contains("Ada Tester is the last admin");
                });
        assertThat(people.person(ada.personId()).roles()).containsExactly(Role.ADMIN);

        long grace = data.person("grace", Role.ADMIN).personId();
        PersonEntry saved = people.save(withRoles(me, Set.of(Role.STRATEGIST)));
        assertThat(saved.roles()).as("with another admin, one may step down").containsExactly(Role.STRATEGIST);
        assertThat(people.person(grace).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theLastAdminCannotBeDisabledEvenByACallerWhoseAdminRoleWasTakenMeanwhile() {
        long grace = data.person("grace", Role.ADMIN).personId();
        // ada's own admin role is gone in the database (her session still says admin)
        db.deleteFrom(PERSON_ROLE)
                .where(PERSON_ROLE.PERSON_ID.eq(ada.personId()))
                .execute();

        assertThatThrownBy(() -> people.disable(grace, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Grace Tester is the last admin and cannot be disabled");
        assertThat(people.person(grace).enabled()).isTrue();
    }

    @Test
    void aDisabledAdminDoesNotCountAsTheOtherAdmin() {
        long grace = data.person("grace", Role.ADMIN).personId();
        people.disable(grace, 0);

        assertThatThrownBy(() -> people.save(withRoles(people.person(ada.personId()), Set.of(Role.COACH))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("last admin");
    }

    // --- reset password -------------------------------------------------------------------------

    @Test
    void aResetGivesANewPasswordShownOnceThatMustBeChangedAndEndsSessions() {
        long grace = data.person("grace", Role.CONTRIBUTOR).personId();
        registry.registerNewSession("grace-1", principal(grace, "grace"));

        String password = people.resetPassword(grace, 0);

        Record2<String, Boolean> row = db.select(PERSON.PASSWORD_HASH, PERSON.MUST_CHANGE_PASSWORD)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(grace))
                .fetchSingle();
        assertThat(passwords.matches(password, row.value1())).isTrue();
        assertThat(passwords.matches("secret", row.value1()))
                .as("the old one no longer works")
                .isFalse();
        assertThat(row.value2()).isTrue();
        assertThat(people.person(grace).mustChangePassword()).isTrue();
        assertThat(pendingEnds()).isEqualTo(1);
        var audited = db.selectFrom(ADMIN_AUDIT)
                .where(ADMIN_AUDIT.SUBJECT_ID.eq(grace))
                .fetchSingle();
        assertThat(audited.getAction()).isEqualTo(AuditAction.RESET_PASSWORD.name());
        assertThat(audited.getBeforeText()).contains("must change password=no");
        assertThat(audited.getAfterText()).contains("must change password=yes").doesNotContain(password);
        assertThatThrownBy(() -> people.resetPassword(grace, 0))
                .as("a reset of what someone else changed meanwhile")
                .isInstanceOf(ConcurrentEditException.class);
    }

    // --- reading, and owners ------------------------------------------------------------------

    @Test
    void theListIsFilteredByLoginNameOrDepartmentAndPaged() {
        long sales = data.department("Sales");
        data.person("grace", Role.CONTRIBUTOR);
        long linus = data.person("linus", Role.CONTRIBUTOR).personId();
        data.inDepartment(linus, sales);

        assertThat(people.peopleCount(null)).isEqualTo(3);
        assertThat(people.people("", 0, 2)).extracting(PersonEntry::login).containsExactly("ada", "grace");
        assertThat(people.people("", 2, 2)).extracting(PersonEntry::login).containsExactly("linus");
        assertThat(people.people("GRA", 0, 10)).extracting(PersonEntry::login).containsExactly("grace");
        assertThat(people.people("sal", 0, 10)).extracting(PersonEntry::login).containsExactly("linus");
        assertThat(people.peopleCount("sal")).isEqualTo(1);
        assertThat(people.people("%", 0, 10))
                .as("a wildcard is only a character")
                .isEmpty();
    }

    @Test
    void aDisabledOwnerKeepsTheirPlanShownAsDisabledAndIsNoLongerOfferedAsOwner() {
        long grace = data.person("grace", Role.STRATEGIST).personId();
        long strategy = data.strategy(data.objective("Grow", grace), "Be found", grace);
        long channel = data.channel("Blog", app.throughline.channel.ChannelKind.OWNED);
        data.tactic(
                strategy,
                null,
                "Grace's post",
                channel,
                java.time.Instant.parse("2027-03-01T09:00:00Z"),
                null,
                app.throughline.tactic.TacticStatus.DRAFT,
                grace);
        data.tactic(null, null, "Grace's idea", channel, null, null, app.throughline.tactic.TacticStatus.IDEA, grace);

        people.disable(grace, 0);

        assertThat(plan.tacticsUnder(strategy, null, 0, 10))
                .extracting(PlanNode::ownerName)
                .containsExactly("Grace Tester (disabled)");
        assertThat(tactics.unalignedIdeas(10))
                .extracting(app.throughline.tactic.UnalignedIdea::ownerName)
                .containsExactly("Grace Tester (disabled)");

        var objective = plan.tree().stream()
                .filter(o -> o.name().equals("Grow"))
                .findFirst()
                .orElseThrow();
        assertThat(objective.ownerName()).isEqualTo("Grace Tester (disabled)");
        assertThat(objective.strategies()).extracting(PlanNode::ownerName).containsExactly("Grace Tester (disabled)");
        assertThat(directory.people()).extracting(PersonSummary::id).doesNotContain(grace);
        assertThat(directory.people()).extracting(PersonSummary::displayName).contains("Ada Tester");
    }

    // --- helpers --------------------------------------------------------------------------------

    private static PersonEntry entry(String login, String name, Long department, Set<Role> roles) {
        return new PersonEntry(null, login, name, department, null, roles, "Europe/Zurich", null, true, false, 0);
    }

    private static PersonEntry renamed(PersonEntry p, String name) {
        return new PersonEntry(
                p.id(),
                p.login(),
                name,
                p.departmentId(),
                null,
                p.roles(),
                p.timeZone(),
                p.locale(),
                p.enabled(),
                p.mustChangePassword(),
                p.version());
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

    static PersonPrincipal principal(long id, String login) {
        return new PersonPrincipal(
                new CurrentUser(id, login, login, java.time.ZoneId.of("UTC"), Set.of(Role.CONTRIBUTOR), false),
                "",
                true);
    }

    /** How many session ends wait for this test's transaction to commit. */
    private static long pendingEnds() {
        return org.springframework.transaction.support.TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s.getClass().getEnclosingClass() == SignedInSessions.class)
                .count();
    }

    private java.util.List<String> auditActions(long personId) {
        return db.select(ADMIN_AUDIT.ACTION)
                .from(ADMIN_AUDIT)
                .where(ADMIN_AUDIT.SUBJECT_ID.eq(personId).and(ADMIN_AUDIT.KIND.eq(AuditKind.PERSON.name())))
                .orderBy(ADMIN_AUDIT.ADMIN_AUDIT_ID)
                .fetch(ADMIN_AUDIT.ACTION);
    }
}

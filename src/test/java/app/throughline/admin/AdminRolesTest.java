package app.throughline.admin;

import static app.throughline.db.Tables.ADMIN_AUDIT;
import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.Channel;
import app.throughline.channel.ChannelKind;
import app.throughline.channel.ChannelService;
import app.throughline.channel.CopyCounting;
import app.throughline.common.SubmissionKey;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every cell of docs/roles.md, "Admin", against the service layer: "yes" must succeed and show
 * its effect; "no" must be refused ({@link AccessDeniedException}) and change nothing, the audit
 * included.
 */
class AdminRolesTest extends ServiceTestBase {

    @Autowired
    AdminService admin;

    @Autowired
    ChannelService channels;

    @Autowired
    PersonAdminService people;

    @Autowired
    DSLContext db;

    static Stream<Arguments> cells() {
        return RoleTable.cells("Admin").stream();
    }

    private Map<String, Action> actions() {
        return Map.ofEntries(
                Map.entry(
                        "list-departments",
                        new Action(
                                () -> data.department("Legal"),
                                id -> assertThat(admin.departments())
                                        .extracting(DepartmentEntry::name)
                                        .contains("Legal"),
                                id -> true)),
                Map.entry(
                        "save-department",
                        new Action(
                                () -> -1,
                                id -> admin.saveDepartment(
                                        new DepartmentEntry(null, "Legal", false, 0, 0, 0), SubmissionKey.random()),
                                id -> db.fetchExists(DEPARTMENT, DEPARTMENT.NAME.eq("Legal")))),
                Map.entry(
                        "delete-department",
                        new Action(
                                () -> data.department("Legal"),
                                id -> admin.deleteDepartment(id, 0),
                                id -> !db.fetchExists(DEPARTMENT, DEPARTMENT.DEPARTMENT_ID.eq(id)))),
                Map.entry(
                        "list-channels",
                        new Action(
                                () -> data.channel("Fax", ChannelKind.DIRECT),
                                id -> assertThat(admin.channels())
                                        .extracting(ChannelEntry::name)
                                        .contains("Fax"),
                                id -> true)),
                Map.entry(
                        "save-channel",
                        new Action(
                                () -> -1,
                                id -> admin.saveChannel(
                                        new ChannelEntry(
                                                null,
                                                "Podcast",
                                                ChannelKind.OWNED,
                                                "#6a1b9a",
                                                null,
                                                CopyCounting.GRAPHEMES,
                                                false,
                                                0,
                                                0),
                                        SubmissionKey.random()),
                                id -> db.fetchExists(CHANNEL, CHANNEL.NAME.eq("Podcast")))),
                Map.entry(
                        "retire-channel",
                        new Action(
                                () -> data.channel("Fax", ChannelKind.DIRECT),
                                id -> admin.retireChannel(id, 0),
                                id -> db.fetchExists(CHANNEL, CHANNEL.CHANNEL_ID.eq(id), CHANNEL.RETIRED.isTrue()))),
                Map.entry(
                        "restore-channel",
                        new Action(
                                this::retiredChannel,
                                id -> admin.restoreChannel(id, 0),
                                id -> db.fetchExists(CHANNEL, CHANNEL.CHANNEL_ID.eq(id), CHANNEL.RETIRED.isFalse()))),
                Map.entry(
                        "delete-channel",
                        new Action(
                                () -> data.channel("Fax", ChannelKind.DIRECT),
                                id -> admin.deleteChannel(id, 0),
                                id -> !db.fetchExists(CHANNEL, CHANNEL.CHANNEL_ID.eq(id)))),
                Map.entry(
                        "read-audit",
                        new Action(
                                () -> -1,
                                id -> assertThat(admin.audit(null, 0, 10)).hasSize(admin.auditCount(null)),
                                id -> true)),
                Map.entry(
                        "list-people",
                        new Action(
                                this::target,
                                id -> assertThat(people.people(null, 0, 50))
                                        .extracting(PersonEntry::login)
                                        .contains("target"),
                                id -> true)),
                Map.entry(
                        "create-person",
                        new Action(
                                () -> -1,
                                id -> people.create(new PersonEntry(
                                        null,
                                        "newbie",
                                        "New Person",
                                        null,
                                        null,
                                        Set.of(Role.CONTRIBUTOR),
                                        "UTC",
                                        null,
                                        true,
                                        false,
                                        0)),
                                id -> db.fetchExists(PERSON, PERSON.LOGIN.eq("newbie")))),
                Map.entry(
                        "edit-person",
                        new Action(
                                this::target,
                                id -> people.save(new PersonEntry(
                                        id,
                                        "target",
                                        "Renamed Target",
                                        null,
                                        null,
                                        Set.of(Role.COACH),
                                        "UTC",
                                        null,
                                        true,
                                        false,
                                        0)),
                                id -> db.fetchExists(
                                        PERSON, PERSON.PERSON_ID.eq(id), PERSON.DISPLAY_NAME.eq("Renamed Target")))),
                Map.entry(
                        "disable-person",
                        new Action(
                                this::target,
                                id -> people.disable(id, 0),
                                id -> db.fetchExists(PERSON, PERSON.PERSON_ID.eq(id), PERSON.ENABLED.isFalse()))),
                Map.entry(
                        "enable-person",
                        new Action(
                                this::disabledTarget,
                                id -> people.enable(id, 0),
                                id -> db.fetchExists(PERSON, PERSON.PERSON_ID.eq(id), PERSON.ENABLED.isTrue()))),
                Map.entry(
                        "reset-password",
                        new Action(
                                this::target,
                                id -> assertThat(people.resetPassword(id, 0)).hasSize(16),
                                id -> db.fetchExists(
                                        PERSON, PERSON.PERSON_ID.eq(id), PERSON.MUST_CHANGE_PASSWORD.isTrue()))),
                Map.entry(
                        "offered-channels",
                        new Action(
                                () -> data.channel("Fax", ChannelKind.DIRECT),
                                id -> assertThat(channels.activeChannels())
                                        .extracting(Channel::id)
                                        .contains(id),
                                id -> true)));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theServicesAllowExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed) {
        CurrentUser me = persona.create(data);
        Action scenario = actions().get(action);
        assertThat(scenario)
                .as("a scenario for the action “%s” of docs/roles.md", action)
                .isNotNull();
        long subject = scenario.prepare().getAsLong();
        String before = snapshot();
        signIn(me);
        if (allowed) {
            scenario.run().accept(subject);
            assertThat(scenario.happened().test(subject))
                    .as("the effect of “%s”", action)
                    .isTrue();
        } else {
            assertThatThrownBy(() -> scenario.run().accept(subject)).isInstanceOf(AccessDeniedException.class);
            assertThat(snapshot()).as("nothing changed").isEqualTo(before);
        }
    }

    private long retiredChannel() {
        long id = data.channel("Fax", ChannelKind.DIRECT);
        db.update(CHANNEL)
                .set(CHANNEL.RETIRED, true)
                .where(CHANNEL.CHANNEL_ID.eq(id))
                .execute();
        return id;
    }

    /** A person, not an admin, for the person-admin actions to work on. */
    private long target() {
        return data.person("target", Role.CONTRIBUTOR).personId();
    }

    private long disabledTarget() {
        long id = target();
        db.update(PERSON)
                .set(PERSON.ENABLED, false)
                .where(PERSON.PERSON_ID.eq(id))
                .execute();
        return id;
    }

    /** Departments, channels, people with their roles, and the audit, as one comparable string. */
    private String snapshot() {
        return String.join(
                "|",
                db.selectFrom(DEPARTMENT)
                        .orderBy(DEPARTMENT.DEPARTMENT_ID)
                        .fetch()
                        .formatCSV(),
                db.selectFrom(CHANNEL).orderBy(CHANNEL.CHANNEL_ID).fetch().formatCSV(),
                db.selectFrom(PERSON).orderBy(PERSON.PERSON_ID).fetch().formatCSV(),
                db.selectFrom(PERSON_ROLE)
                        .orderBy(PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE)
                        .fetch()
                        .formatCSV(),
                db.selectFrom(ADMIN_AUDIT)
                        .orderBy(ADMIN_AUDIT.ADMIN_AUDIT_ID)
                        .fetch()
                        .formatCSV());
    }

    /**
     * @param prepare creates what the action works on and returns its id (or -1)
     * @param happened whether the allowed action had its effect
     */
    private record Action(LongSupplier prepare, LongConsumer run, LongPredicate happened) {}
}

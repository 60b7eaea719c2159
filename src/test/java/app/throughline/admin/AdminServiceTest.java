package app.throughline.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.audit.AuditAction;
import app.throughline.audit.AuditEntry;
import app.throughline.audit.AuditKind;
import app.throughline.channel.Channel;
import app.throughline.channel.ChannelKind;
import app.throughline.channel.ChannelService;
import app.throughline.channel.CopyCounting;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.ValidationException;
import app.throughline.policy.PolicyItem;
import app.throughline.policy.SocialPolicyService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin's rules on the real database (issue 9, "Admin"): unique names, deletion only when
 * nothing refers to the department or channel (saying what does), retiring a channel, optimistic
 * locking, and an audit row with before and after for every change. Who may call what is
 * {@link AdminRolesTest}'s.
 */
class AdminServiceTest extends ServiceTestBase {

    static final Instant MONDAY_NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    AdminService admin;

    @Autowired
    ChannelService channels;

    @Autowired
    TacticService tactics;

    @Autowired
    SocialPolicyService policy;

    CurrentUser ada;

    @BeforeEach
    void setUp() {
        ada = data.person("ada", Role.ADMIN);
        signIn(ada);
    }

    // --- departments ----------------------------------------------------------------------------

    @Test
    void aDepartmentIsCreatedWithItsFlagAndTheAuditSaysWhoAndWhat() {
        DepartmentEntry created = createDepartment("Customer Service", true);

        assertThat(admin.departments())
                .extracting(DepartmentEntry::name, DepartmentEntry::communicationsTeam)
                .contains(org.assertj.core.groups.Tuple.tuple("Customer Service", true));
        AuditEntry entry = latest();
        assertThat(entry.kind()).isEqualTo(AuditKind.DEPARTMENT);
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.subjectId()).isEqualTo(created.id());
        assertThat(entry.changedBy()).isEqualTo(ada.displayName());
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isEqualTo("name=Customer Service, communications team=yes");
    }

    @Test
    void aDepartmentNameIsUniqueWhateverItsCaseAndTheRefusalSaysSoAtTheName() {
        createDepartment("Sales", false);
        DepartmentEntry hr = createDepartment("HR", false);

        assertThatThrownBy(() -> createDepartment("Sales", false))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("A department called “Sales” already exists");
                });
        assertThatThrownBy(() -> admin.saveDepartment(
                        new DepartmentEntry(hr.id(), " sales ", false, hr.version(), 0, 0), SubmissionKey.random()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A department called “sales” already exists");
        assertThat(admin.department(hr.id()).name()).isEqualTo("HR");
    }

    @Test
    void aDepartmentNameIsRequiredAndAtMostAHundredCharacters() {
        assertThatThrownBy(() -> createDepartment("  ", false)).hasMessage("Name is required");
        assertThatThrownBy(() -> createDepartment("x".repeat(101), false))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"))
                .hasMessage("Name can be at most 100 characters");
        assertThat(createDepartment("x".repeat(100), false).name()).hasSize(100);
    }

    @Test
    void renamingAndFlaggingADepartmentIsAuditedWithBeforeAndAfter() {
        DepartmentEntry sales = createDepartment("Sales", false);

        DepartmentEntry renamed = admin.saveDepartment(
                new DepartmentEntry(sales.id(), "Sales & Partners", true, sales.version(), 0, 0),
                SubmissionKey.random());

        assertThat(renamed.name()).isEqualTo("Sales & Partners");
        assertThat(renamed.communicationsTeam()).isTrue();
        assertThat(renamed.version()).isEqualTo(sales.version() + 1);
        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.before()).isEqualTo("name=Sales, communications team=no");
        assertThat(entry.after()).isEqualTo("name=Sales & Partners, communications team=yes");
    }

    @Test
    void aDepartmentChangedMeanwhileIsNotOverwrittenAndNothingIsAudited() {
        DepartmentEntry sales = createDepartment("Sales", false);
        admin.saveDepartment(
                new DepartmentEntry(sales.id(), "Sales EMEA", false, sales.version(), 0, 0), SubmissionKey.random());
        int audited = admin.auditCount(null);

        assertThatThrownBy(() -> admin.saveDepartment(
                        new DepartmentEntry(sales.id(), "Sales Nordics", false, sales.version(), 0, 0),
                        SubmissionKey.random()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("was changed by someone else");
        assertThatThrownBy(() -> admin.deleteDepartment(sales.id(), sales.version()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(admin.department(sales.id()).name()).isEqualTo("Sales EMEA");
        assertThat(admin.auditCount(null)).isEqualTo(audited);
    }

    @Test
    void aFormSentTwiceCreatesOneDepartment() {
        var key = SubmissionKey.random();
        var first = admin.saveDepartment(new DepartmentEntry(null, "Legal", false, 0, 0, 0), key);
        var second = admin.saveDepartment(new DepartmentEntry(null, "Legal", false, 0, 0, 0), key);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(admin.auditCount(AuditKind.DEPARTMENT)).isEqualTo(1);
    }

    @Test
    void aDepartmentPeopleAndTacticsReferToIsNotDeletedAndTheRefusalSaysWhatRefersToIt() {
        DepartmentEntry hr = createDepartment("HR", false);
        long channel = data.channel("Intranet", ChannelKind.INTERNAL);
        long strategy = strategy();
        for (String login : List.of("hana", "hugo", "hilde")) {
            data.inDepartment(data.person(login, Role.CONTRIBUTOR).personId(), hr.id());
        }
        for (int i = 0; i < 2; i++) {
            long tactic = data.tactic(
                    strategy, null, "Onboarding " + i, channel, MONDAY_NINE, null, TacticStatus.DRAFT, ada.personId());
            data.tacticDepartment(tactic, hr.id());
        }
        DepartmentEntry used = admin.department(hr.id());
        assertThat(used.people()).isEqualTo(3);
        assertThat(used.tactics()).isEqualTo(2);
        int audited = admin.auditCount(null);

        assertThatThrownBy(() -> admin.deleteDepartment(used.id(), used.version()))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Still used by 3 people and 2 tactics");

        assertThat(admin.departments()).extracting(DepartmentEntry::name).contains("HR");
        assertThat(admin.auditCount(null)).isEqualTo(audited);
    }

    @Test
    void theRefusalCountsOnePersonInTheSingular() {
        DepartmentEntry legal = createDepartment("Legal", false);
        data.inDepartment(data.person("lea", Role.CONTRIBUTOR).personId(), legal.id());

        assertThatThrownBy(() -> admin.deleteDepartment(legal.id(), legal.version()))
                .hasMessageStartingWith("Still used by 1 person:");
    }

    @Test
    void anUnusedDepartmentIsDeletedAndTheAuditKeepsWhatItWas() {
        DepartmentEntry legal = createDepartment("Legal", true);

        admin.deleteDepartment(legal.id(), legal.version());

        assertThat(admin.departments()).extracting(DepartmentEntry::name).doesNotContain("Legal");
        assertThatThrownBy(() -> admin.department(legal.id())).isInstanceOf(NotFoundException.class);
        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
        assertThat(entry.subjectId()).isEqualTo(legal.id());
        assertThat(entry.before()).isEqualTo("name=Legal, communications team=yes");
        assertThat(entry.after()).isNull();
    }

    // --- channels -------------------------------------------------------------------------------

    @Test
    void aChannelIsCreatedWithEveryFieldAndAudited() {
        ChannelEntry x = createChannel("X", ChannelKind.SOCIAL, "#14171A", 280, CopyCounting.X_WEIGHTED);

        assertThat(x.colour()).as("kept in lower case").isEqualTo("#14171a");
        assertThat(x.maxLength()).isEqualTo(280);
        assertThat(x.counting()).isEqualTo(CopyCounting.X_WEIGHTED);
        assertThat(x.retired()).isFalse();
        assertThat(channels.activeChannels()).extracting(Channel::name).contains("X");
        assertThat(latest().after())
                .isEqualTo("name=X, kind=Social, colour=#14171a, max length=280, counting=As X counts, retired=no");
    }

    @Test
    void aChannelIsRefusedFieldByFieldWithWordsTheFormShowsThere() {
        createChannel("Blog", ChannelKind.OWNED, "#558b2f", null, CopyCounting.GRAPHEMES);

        assertField(
                () -> createChannel("blog", ChannelKind.OWNED, "#558b2f", null, CopyCounting.GRAPHEMES),
                "name",
                "A channel called “blog” already exists");
        assertField(
                () -> createChannel("", ChannelKind.OWNED, "#558b2f", null, CopyCounting.GRAPHEMES),
                "name",
                "Name is required");
        assertField(
                () -> createChannel("Podcast", null, "#558b2f", null, CopyCounting.GRAPHEMES),
                "kind",
                "Kind is required");
        assertField(
                () -> createChannel("Podcast", ChannelKind.OWNED, "green", null, CopyCounting.GRAPHEMES),
                "colour",
                "Use a colour such as #3b6ea5: # and six hex digits (0-9, a-f).");
        assertField(
                () -> createChannel("Podcast", ChannelKind.OWNED, "#12345", null, CopyCounting.GRAPHEMES),
                "colour",
                "Use a colour such as #3b6ea5: # and six hex digits (0-9, a-f).");
        assertField(
                () -> createChannel("Podcast", ChannelKind.OWNED, "#558b2f", 0, CopyCounting.GRAPHEMES),
                "maxLength",
                "The maximum length is a number of characters above 0, or empty for no limit");
        assertField(
                () -> createChannel("Podcast", ChannelKind.OWNED, "#558b2f", -5, CopyCounting.GRAPHEMES),
                "maxLength",
                "The maximum length is a number of characters above 0, or empty for no limit");
        assertField(
                () -> createChannel("Podcast", ChannelKind.OWNED, "#558b2f", null, null),
                "counting",
                "Counting is required");
        assertThat(admin.channels()).extracting(ChannelEntry::name).containsExactly("Blog");
    }

    @Test
    void editingAChannelKeepsItsTacticsAndIsAuditedWithBeforeAndAfter() {
        ChannelEntry blog = createChannel("Blog", ChannelKind.OWNED, "#558b2f", null, CopyCounting.GRAPHEMES);
        long tactic = tacticOn(blog.id());

        ChannelEntry edited = admin.saveChannel(
                new ChannelEntry(
                        blog.id(),
                        "Company blog",
                        ChannelKind.OWNED,
                        "#2e7d32",
                        5000,
                        CopyCounting.GRAPHEMES,
                        false,
                        blog.version(),
                        0),
                SubmissionKey.random());

        assertThat(edited.name()).isEqualTo("Company blog");
        assertThat(edited.maxLength()).isEqualTo(5000);
        assertThat(edited.tactics()).isEqualTo(1);
        assertThat(tactics.tactic(tactic).channelId()).isEqualTo(blog.id());
        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.before()).startsWith("name=Blog, kind=Owned, colour=#558b2f, max length=no limit");
        assertThat(entry.after()).startsWith("name=Company blog, kind=Owned, colour=#2e7d32, max length=5000");
    }

    @Test
    void aChannelChangedMeanwhileIsNotOverwritten() {
        ChannelEntry blog = createChannel("Blog", ChannelKind.OWNED, "#558b2f", null, CopyCounting.GRAPHEMES);
        admin.retireChannel(blog.id(), blog.version());

        assertThatThrownBy(() -> admin.saveChannel(
                        new ChannelEntry(
                                blog.id(),
                                "Old blog",
                                ChannelKind.OWNED,
                                "#558b2f",
                                null,
                                CopyCounting.GRAPHEMES,
                                false,
                                blog.version(),
                                0),
                        SubmissionKey.random()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> admin.restoreChannel(blog.id(), blog.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> admin.deleteChannel(blog.id(), blog.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(admin.channel(blog.id()).name()).isEqualTo("Blog");
        assertThat(admin.channel(blog.id()).retired()).isTrue();
    }

    @Test
    void aRetiredChannelIsNoLongerOfferedButStaysOnThePastTactic() {
        ChannelEntry fax = createChannel("Fax", ChannelKind.DIRECT, "#00838f", null, CopyCounting.GRAPHEMES);
        long past = tacticOn(fax.id());

        ChannelEntry retired = admin.retireChannel(fax.id(), fax.version());

        assertThat(retired.retired()).isTrue();
        assertThat(channels.activeChannels()).extracting(Channel::id).doesNotContain(fax.id());
        assertThat(channels.channels())
                .filteredOn(c -> c.id() == fax.id())
                .singleElement()
                .extracting(Channel::retired)
                .isEqualTo(true);
        assertThat(tactics.tactic(past).channelId())
                .as("the past tactic keeps it")
                .isEqualTo(fax.id());
        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo(AuditAction.RETIRE);
        assertThat(entry.before()).endsWith("retired=no");
        assertThat(entry.after()).endsWith("retired=yes");

        ChannelEntry restored = admin.restoreChannel(retired.id(), retired.version());

        assertThat(restored.retired()).isFalse();
        assertThat(channels.activeChannels()).extracting(Channel::id).contains(fax.id());
        assertThat(latest().action()).isEqualTo(AuditAction.RESTORE);
    }

    @Test
    void aChannelTacticsUseIsNotDeletedAndTheRefusalSaysToRetireIt() {
        ChannelEntry fax = createChannel("Fax", ChannelKind.DIRECT, "#00838f", null, CopyCounting.GRAPHEMES);
        tacticOn(fax.id());
        int audited = admin.auditCount(null);

        assertThatThrownBy(() -> admin.deleteChannel(fax.id(), fax.version()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Still used by 1 tactic: retire it instead, so it stays on them but is no longer offered "
                        + "for new ones.");

        assertThat(admin.channels()).extracting(ChannelEntry::name).contains("Fax");
        assertThat(admin.auditCount(null)).isEqualTo(audited);
    }

    @Test
    void aChannelWhoseTacticsWereDeletedIsDeletedWithItsEmptyTallies() {
        ChannelEntry fax = createChannel("Fax", ChannelKind.DIRECT, "#00838f", null, CopyCounting.GRAPHEMES);
        long tactic = tacticOn(fax.id());
        signIn(ada);
        tactics.delete(tactic, 0);

        admin.deleteChannel(fax.id(), fax.version());

        assertThat(channels.channels()).extracting(Channel::name).doesNotContain("Fax");
        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
        assertThat(entry.before()).startsWith("name=Fax, kind=Direct");
        assertThat(entry.after()).isNull();
    }

    // --- the social policy and the audit list ---------------------------------------------------

    @Test
    void theSocialPolicysChangesAreAuditedToo() {
        PolicyItem added = policy.add("I say when a post is sponsored");
        assertThat(latest().kind()).isEqualTo(AuditKind.SOCIAL_POLICY);
        assertThat(latest().action()).isEqualTo(AuditAction.CREATE);
        assertThat(latest().after()).startsWith("text=I say when a post is sponsored, position=");

        PolicyItem reworded = policy.save(
                new PolicyItem(added.id(), added.position(), "I say when a post is paid for", true, added.version()));
        assertThat(latest().action()).isEqualTo(AuditAction.UPDATE);
        assertThat(latest().before()).startsWith("text=I say when a post is sponsored");
        assertThat(latest().after()).startsWith("text=I say when a post is paid for");

        policy.save(new PolicyItem(reworded.id(), reworded.position(), reworded.text(), false, reworded.version()));
        assertThat(latest().action()).isEqualTo(AuditAction.RETIRE);
        assertThat(latest().after()).endsWith("asked=no");
    }

    @Test
    void theAuditListsNewestFirstAPageAtATimeAndFiltersByKind() {
        createDepartment("Legal", false);
        createChannel("Fax", ChannelKind.DIRECT, "#00838f", null, CopyCounting.GRAPHEMES);
        createDepartment("Sales", false);

        assertThat(admin.auditCount(null)).isEqualTo(3);
        assertThat(admin.audit(null, 0, 10))
                .extracting(AuditEntry::after)
                .containsExactly(
                        "name=Sales, communications team=no",
                        "name=Fax, kind=Direct, colour=#00838f, max length=no limit, counting=Per visible character, "
                                + "retired=no",
                        "name=Legal, communications team=no");
        assertThat(admin.audit(null, 1, 1)).extracting(AuditEntry::kind).containsExactly(AuditKind.CHANNEL);
        assertThat(admin.auditCount(AuditKind.DEPARTMENT)).isEqualTo(2);
        assertThat(admin.audit(AuditKind.DEPARTMENT, 0, 10))
                .extracting(AuditEntry::kind)
                .containsOnly(AuditKind.DEPARTMENT);
        assertThat(admin.audit(AuditKind.SOCIAL_POLICY, 0, 10)).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------

    private DepartmentEntry createDepartment(String name, boolean communicationsTeam) {
        return admin.saveDepartment(
                new DepartmentEntry(null, name, communicationsTeam, 0, 0, 0), SubmissionKey.random());
    }

    private ChannelEntry createChannel(
            String name, ChannelKind kind, String colour, Integer maxLength, CopyCounting counting) {
        return admin.saveChannel(
                new ChannelEntry(null, name, kind, colour, maxLength, counting, false, 0, 0), SubmissionKey.random());
    }

    private long tacticOn(long channelId) {
        return data.tactic(
                strategy(),
                null,
                "Out on " + channelId,
                channelId,
                MONDAY_NINE,
                null,
                TacticStatus.DRAFT,
                ada.personId());
    }

    private long strategy() {
        return data.strategy(data.objective("Grow", ada.personId()), "Voice", ada.personId());
    }

    private AuditEntry latest() {
        return admin.audit(null, 0, 1).getFirst();
    }

    private static void assertField(Runnable save, String field, String message) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}

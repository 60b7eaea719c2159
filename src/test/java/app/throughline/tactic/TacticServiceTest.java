package app.throughline.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.ValidationException;
import app.throughline.plan.Intent;
import app.throughline.policy.PolicyItem;
import app.throughline.policy.SocialPolicyService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

public class TacticServiceTest extends ServiceTestBase {

    static final Instant MONDAY_NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    TacticService tactics;

    @Autowired
    SocialPolicyService policy;

    CurrentUser marketer;
    long x;
    long strategy;
    long campaign;

    @BeforeEach
    void setUp() {
        marketer = data.person("max", Role.MARKETER);
        x = data.channel("X", ChannelKind.SOCIAL, 280, CopyCounting.X_WEIGHTED);
        long objective = data.objective("Grow", marketer.personId());
        strategy = data.strategy(objective, "Voice", marketer.personId());
        campaign = data.campaign(strategy, "Always on", Intent.BRANDING, marketer.personId());
    }

    @Test
    void anUnalignedTacticStaysAnIdeaUntilItIsLinked() {
        signIn(marketer);
        var idea = tactics.save(
                withTitle(Tactic.blank(null, null, x, null, marketer.personId(), null), "Office dog"),
                SubmissionKey.random());
        assertThat(idea.status()).isEqualTo(TacticStatus.IDEA);
        assertThat(tactics.unalignedIdeas(10)).extracting(UnalignedIdea::title).containsExactly("Office dog");

        var scheduled = withStatus(idea, TacticStatus.SCHEDULED).withSchedule(MONDAY_NINE, null);
        assertThatThrownBy(() -> tactics.save(scheduled, SubmissionKey.random()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "An unaligned idea cannot be scheduled: link it to a strategy or campaign first");
                });
        assertThatThrownBy(() -> tactics.reschedule(idea.id(), idea.version(), MONDAY_NINE))
                .hasMessageContaining("link it to a strategy or campaign first");

        var linked = tactics.save(
                withStatus(idea, TacticStatus.DRAFT)
                        .withSchedule(MONDAY_NINE, null)
                        .withParent(null, campaign),
                SubmissionKey.random());
        data.tickPolicy(linked.id());
        var goingOut = tactics.changeStatus(linked.id(), linked.version(), TacticStatus.SCHEDULED);
        assertThat(goingOut.status()).isEqualTo(TacticStatus.SCHEDULED);
        assertThat(linked.strategyId())
                .as("a campaign's tactic stores the campaign's strategy")
                .isEqualTo(strategy);
        assertThat(linked.intent()).as("intent defaults to the campaign's").isEqualTo(Intent.BRANDING);
        assertThat(tactics.unalignedIdeas(10)).isEmpty();
        assertThat(tactics.statusHistory(idea.id()))
                .containsExactly(TacticStatus.IDEA, TacticStatus.DRAFT, TacticStatus.SCHEDULED);
    }

    @Test
    void anUnalignedIdeaHasNoDateUntilItIsLinked() {
        signIn(marketer);
        var dated = withTitle(Tactic.blank(null, null, x, MONDAY_NINE, marketer.personId(), null), "Dated idea");
        assertThatThrownBy(() -> tactics.save(dated, SubmissionKey.random()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("scheduledStart");
                    assertThat(e.getMessage()).contains("no date yet");
                });
        assertThat(tactics.unalignedIdeas(10)).isEmpty();
    }

    @Test
    void aTrainedContributorApprovesTheirOwnWorkAnUntrainedOneSendsItToReview() {
        var trained = data.trainedPerson("hannah", Role.CONTRIBUTOR);
        var untrained = data.person("conor", Role.CONTRIBUTOR);
        long hers = data.tactic(strategy, null, "Hers", x, MONDAY_NINE, null, TacticStatus.DRAFT, trained.personId());
        long his = data.tactic(strategy, null, "His", x, MONDAY_NINE, null, TacticStatus.DRAFT, untrained.personId());
        data.tickPolicy(hers);
        data.tickPolicy(his);

        signIn(trained);
        assertThat(tactics.save(withStatus(tactics.tactic(hers), TacticStatus.APPROVED), SubmissionKey.random())
                        .status())
                .isEqualTo(TacticStatus.APPROVED);

        signIn(untrained);
        assertThat(tactics.access(tactics.tactic(his)).statusChoices())
                .containsExactly(TacticStatus.IDEA, TacticStatus.DRAFT, TacticStatus.IN_REVIEW, TacticStatus.CANCELLED);
        assertThatThrownBy(() ->
                        tactics.save(withStatus(tactics.tactic(his), TacticStatus.APPROVED), SubmissionKey.random()))
                .hasMessageContaining("send it to review");
        assertThat(tactics.save(withStatus(tactics.tactic(his), TacticStatus.IN_REVIEW), SubmissionKey.random())
                        .status())
                .isEqualTo(TacticStatus.IN_REVIEW);
    }

    @Test
    void anUntrainedContributorsChangeToAnApprovedTacticGoesBackToReview() {
        var untrained = data.person("conor", Role.CONTRIBUTOR);
        long approved = data.tactic(
                strategy, null, "Approved copy", x, MONDAY_NINE, null, TacticStatus.APPROVED, untrained.personId());
        signIn(untrained);

        assertThatThrownBy(() -> tactics.save(
                        withTitle(tactics.tactic(approved), "Rewritten after approval"), SubmissionKey.random()))
                .as("new words: the policy is ticked again")
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("policy"));
        var edited = tactics.save(
                withTitle(tactics.tactic(approved), "Rewritten after approval"), SubmissionKey.random(), policyItems());
        assertThat(edited.status()).isEqualTo(TacticStatus.IN_REVIEW);

        long scheduled = data.tactic(
                strategy, null, "Scheduled", x, MONDAY_NINE, null, TacticStatus.SCHEDULED, untrained.personId());
        var moved = tactics.reschedule(scheduled, 0, MONDAY_NINE.plus(Duration.ofDays(2)));
        assertThat(moved.scheduledStart()).isEqualTo(MONDAY_NINE.plus(Duration.ofDays(2)));
        assertThat(moved.status()).as("a new date changes what was approved").isEqualTo(TacticStatus.IN_REVIEW);
        assertThat(tactics.statusHistory(scheduled)).endsWith(TacticStatus.IN_REVIEW);

        signIn(marketer);
        long marketersApproved = data.tactic(
                strategy, null, "Marketer's", x, MONDAY_NINE, null, TacticStatus.APPROVED, marketer.personId());
        assertThat(tactics.save(
                                withTitle(tactics.tactic(marketersApproved), "Tweaked"),
                                SubmissionKey.random(),
                                policyItems())
                        .status())
                .as("people who may approve keep the approval")
                .isEqualTo(TacticStatus.APPROVED);
    }

    @Test
    void copyLongerThanTheChannelTakesIsRefusedNextToTheCopy() {
        signIn(marketer);
        var tooLong = new Tactic(
                null,
                strategy,
                null,
                "Thread",
                "x".repeat(281),
                x,
                MONDAY_NINE,
                null,
                TacticStatus.DRAFT,
                marketer.personId(),
                null,
                null,
                null,
                null,
                0);
        assertThatThrownBy(() -> tactics.save(tooLong, SubmissionKey.random()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage())
                            .isEqualTo("X takes at most 280 characters; this copy has 281 ("
                                    + CopyCounting.X_WEIGHTED.rule() + ")");
                });
    }

    @Test
    void aTacticCannotEndBeforeItStartsNorLastLongerThanAMonth() {
        signIn(marketer);
        var backwards = Tactic.blank(strategy, null, x, MONDAY_NINE, marketer.personId(), null)
                .withSchedule(MONDAY_NINE, MONDAY_NINE.minusSeconds(60));
        assertThatThrownBy(() -> tactics.save(withTitle(backwards, "Backwards"), SubmissionKey.random()))
                .hasMessage("The end cannot be before the start");
        var endless = Tactic.blank(strategy, null, x, MONDAY_NINE, marketer.personId(), null)
                .withSchedule(MONDAY_NINE, MONDAY_NINE.plus(Duration.ofDays(32)));
        assertThatThrownBy(() -> tactics.save(withTitle(endless, "Endless"), SubmissionKey.random()))
                .hasMessageContaining("at most 31 days");
    }

    @Test
    void contributorsChangeTheirOwnTacticsOnlyAndExecutivesNone() {
        var contributor = data.person("conor", Role.CONTRIBUTOR);
        long mine =
                data.tactic(strategy, null, "Mine", x, MONDAY_NINE, null, TacticStatus.DRAFT, contributor.personId());
        long theirs =
                data.tactic(strategy, null, "Theirs", x, MONDAY_NINE, null, TacticStatus.DRAFT, marketer.personId());

        signIn(contributor);
        var renamed = tactics.save(withTitle(tactics.tactic(mine), "Mine, better"), SubmissionKey.random());
        assertThat(renamed.title()).isEqualTo("Mine, better");
        assertThatThrownBy(() -> tactics.save(withTitle(tactics.tactic(theirs), "Hijacked"), SubmissionKey.random()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tactics.reschedule(theirs, 0, MONDAY_NINE.plusSeconds(3600)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        tactics.save(withStatus(tactics.tactic(mine), TacticStatus.PUBLISHED), SubmissionKey.random()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A tactic that is draft cannot become published in one step");

        signIn(data.person("eva", Role.EXECUTIVE));
        assertThat(tactics.tactic(mine).title()).isEqualTo("Mine, better");
        assertThatThrownBy(() -> tactics.save(withTitle(tactics.tactic(mine), "Exec edit"), SubmissionKey.random()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tactics.save(
                        withTitle(Tactic.blank(strategy, null, x, MONDAY_NINE, 0, null), "New"),
                        SubmissionKey.random()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tactics.delete(mine, 1)).isInstanceOf(AccessDeniedException.class);

        signIn(marketer);
        assertThat(tactics.tactic(theirs).title()).isEqualTo("Theirs");
    }

    @Test
    void reschedulingKeepsTheDurationAndAStaleMoveIsRefused() {
        long webinar = data.tactic(
                strategy,
                campaign,
                "Webinar",
                x,
                MONDAY_NINE,
                MONDAY_NINE.plusSeconds(3600),
                TacticStatus.SCHEDULED,
                marketer.personId());
        signIn(marketer);

        Instant tuesday = MONDAY_NINE.plus(Duration.ofDays(1));
        var moved = tactics.reschedule(webinar, 0, tuesday);
        assertThat(moved.scheduledStart()).isEqualTo(tuesday);
        assertThat(moved.scheduledEnd()).isEqualTo(tuesday.plusSeconds(3600));

        assertThatThrownBy(() -> tactics.reschedule(webinar, 0, MONDAY_NINE))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(tactics.tactic(webinar).scheduledStart()).isEqualTo(tuesday);
    }

    @Test
    void aSaveBasedOnAnOldVersionOverwritesNothing() {
        long post = data.tactic(strategy, null, "Post", x, MONDAY_NINE, null, TacticStatus.DRAFT, marketer.personId());
        signIn(marketer);
        var first = tactics.tactic(post);
        var second = tactics.tactic(post);
        tactics.save(withTitle(first, "First"), SubmissionKey.random());
        assertThatThrownBy(() -> tactics.save(withTitle(second, "Second"), SubmissionKey.random()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(tactics.tactic(post).title()).isEqualTo("First");
    }

    @Test
    void newWordsInAScheduledSocialTacticNeedThePolicyTickedAgain() {
        long scheduled = data.tactic(
                strategy, null, "Going out", x, MONDAY_NINE, null, TacticStatus.SCHEDULED, marketer.personId());
        data.tickPolicy(scheduled);
        signIn(marketer);
        assertThatThrownBy(() -> tactics.save(
                        withTitle(tactics.tactic(scheduled), "Going out, reworded"), SubmissionKey.random()))
                .hasMessageStartingWith("Tick every item of the social policy");
        // (the refused save rolls back in production; here the test's own transaction holds it)
        var reworded = tactics.save(
                withTitle(tactics.tactic(scheduled), "Going out, reworded again"),
                SubmissionKey.random(),
                policyItems());
        assertThat(reworded.status()).isEqualTo(TacticStatus.SCHEDULED);
        assertThat(tactics.policyTicks(scheduled)).isEqualTo(policyItems());
    }

    @Test
    void aRetiredChannelStaysOnItsTacticsButTakesNoNewOnes() {
        long fax = data.channel("Fax", ChannelKind.DIRECT);
        long sent =
                data.tactic(strategy, null, "Old fax", fax, MONDAY_NINE, null, TacticStatus.DRAFT, marketer.personId());
        data.retireChannel(fax);
        signIn(marketer);
        assertThat(tactics.save(withTitle(tactics.tactic(sent), "Old fax, renamed"), SubmissionKey.random())
                        .channelId())
                .isEqualTo(fax);
        var fresh = withTitle(Tactic.blank(strategy, null, fax, MONDAY_NINE, marketer.personId(), null), "New fax");
        assertThatThrownBy(() -> tactics.save(fresh, SubmissionKey.random()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("channelId");
                    assertThat(e.getMessage()).isEqualTo("“Fax” is retired: choose another channel");
                });
    }

    private java.util.Set<Long> policyItems() {
        return policy.activeItems().stream().map(PolicyItem::id).collect(java.util.stream.Collectors.toSet());
    }

    public static Tactic withTitle(Tactic t, String title) {
        return new Tactic(
                t.id(),
                t.strategyId(),
                t.campaignId(),
                title,
                t.body(),
                t.channelId(),
                t.scheduledStart(),
                t.scheduledEnd(),
                t.status(),
                t.ownerId(),
                t.departmentId(),
                t.intent(),
                t.interactionMode(),
                t.notes(),
                t.version());
    }

    public static Tactic withStatus(Tactic t, TacticStatus status) {
        return new Tactic(
                t.id(),
                t.strategyId(),
                t.campaignId(),
                t.title(),
                t.body(),
                t.channelId(),
                t.scheduledStart(),
                t.scheduledEnd(),
                status,
                t.ownerId(),
                t.departmentId(),
                t.intent(),
                t.interactionMode(),
                t.notes(),
                t.version());
    }
}

package app.throughline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.ValidationException;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import app.throughline.testing.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanServiceTest extends ServiceTestBase {

    @Autowired
    PlanService plan;

    CurrentUser strategist;

    @BeforeEach
    void setUp() {
        strategist = data.person("sofia", Role.STRATEGIST);
    }

    @Test
    void aStrategistBuildsObjectiveStrategyAndCampaignAndTheTreeShowsThem() {
        signIn(strategist);
        var objective = plan.save(
                new Objective(
                        null,
                        "  Grow revenue 20%  ",
                        null,
                        strategist.personId(),
                        TestData.START,
                        TestData.END,
                        "ARR",
                        new BigDecimal("42"),
                        new BigDecimal("50.4"),
                        null,
                        0),
                SubmissionKey.random());
        var strategy = plan.save(
                Strategy.blank(objective.id(), strategist.personId(), TestData.START, TestData.END)
                        .withName("Be the trusted voice for CFOs"),
                SubmissionKey.random());
        var campaign = plan.save(
                new Campaign(
                        null,
                        strategy.id(),
                        "Q2 webinars",
                        null,
                        Intent.CAMPAIGN,
                        strategist.personId(),
                        LocalDate.of(2027, 4, 1),
                        LocalDate.of(2027, 6, 30),
                        "#EF6C00",
                        0),
                SubmissionKey.random());

        assertThat(objective.name()).isEqualTo("Grow revenue 20%");
        assertThat(campaign.colour()).isEqualTo("#ef6c00");
        ObjectiveNode root = plan.tree().getFirst();
        assertThat(root.name()).isEqualTo("Grow revenue 20%");
        assertThat(root.ownerName()).isEqualTo(strategist.displayName());
        StrategyNode strategyNode = root.strategies().getFirst();
        assertThat(strategyNode.name()).isEqualTo("Be the trusted voice for CFOs");
        assertThat(strategyNode.campaigns()).extracting(PlanNode::name).containsExactly("Q2 webinars");
    }

    @Test
    void theTreeCountsTacticsPerChannelKindAtEveryLevel() {
        long linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long webinar = data.channel("Webinar", ChannelKind.EVENT);
        long o = data.objective("Grow", strategist.personId());
        long s = data.strategy(o, "Voice", strategist.personId());
        long c = data.campaign(s, "Webinars", Intent.CAMPAIGN, strategist.personId());
        Instant when = Instant.parse("2027-03-01T09:00:00Z");
        data.tactic(s, c, "Post 1", linkedIn, when, null, TacticStatus.DRAFT, strategist.personId());
        data.tactic(s, c, "Webinar", webinar, when, null, TacticStatus.DRAFT, strategist.personId());
        data.tactic(s, null, "Loose post", linkedIn, when, null, TacticStatus.DRAFT, strategist.personId());
        data.tactic(null, null, "Idea", linkedIn, null, null, TacticStatus.IDEA, strategist.personId());
        signIn(strategist);

        ObjectiveNode root = plan.tree().getFirst();
        StrategyNode strategy = root.strategies().getFirst();
        assertThat(strategy.campaigns().getFirst().mix().summary()).isEqualTo("Social 1 · Event 1");
        assertThat(strategy.directMix().total()).isEqualTo(1);
        assertThat(strategy.mix().summary()).isEqualTo("Social 2 · Event 1");
        assertThat(root.mix().total())
                .as("the unaligned idea counts nowhere in the tree")
                .isEqualTo(3);
        assertThat(plan.tacticsUnder(s, null, 0, 10)).extracting(PlanNode::name).containsExactly("Loose post");
        assertThat(plan.tacticsUnder(s, c, 0, 10)).extracting(PlanNode::name).containsExactly("Post 1", "Webinar");
    }

    @Test
    void aNameIsRequiredAndTheEndCannotComeBeforeTheStart() {
        signIn(strategist);
        assertThatThrownBy(() -> plan.save(
                        new Objective(
                                null,
                                "   ",
                                null,
                                strategist.personId(),
                                TestData.START,
                                TestData.END,
                                null,
                                null,
                                null,
                                null,
                                0),
                        SubmissionKey.random()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("Name is required");
                });
        assertThatThrownBy(() -> plan.save(
                        new Objective(
                                null,
                                "Grow",
                                null,
                                strategist.personId(),
                                TestData.END,
                                TestData.START,
                                null,
                                null,
                                null,
                                null,
                                0),
                        SubmissionKey.random()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("endsOn");
                    assertThat(e.getMessage()).contains("cannot be before the start");
                });
        assertThatThrownBy(() -> plan.save(
                        new Objective(
                                null,
                                "x".repeat(201),
                                null,
                                strategist.personId(),
                                TestData.START,
                                TestData.END,
                                null,
                                null,
                                null,
                                null,
                                0),
                        SubmissionKey.random()))
                .hasMessage("Name can be at most 200 characters");
        assertThat(plan.tree()).isEmpty();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstKept() {
        long o = data.objective("Grow", strategist.personId());
        signIn(strategist);
        Objective seenByAlice = plan.objective(o);
        Objective seenByBob = plan.objective(o);

        plan.save(seenByAlice.withName("Alice's name"), SubmissionKey.random());

        assertThatThrownBy(() -> plan.save(seenByBob.withName("Bob's name"), SubmissionKey.random()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else")
                .hasMessageContaining("reload");
        assertThat(plan.objective(o).name()).isEqualTo("Alice's name");
        assertThat(plan.objective(o).version()).isEqualTo(1);
    }

    @Test
    void deletingAStrategyTakesItsCampaignsAndTacticsAndSaysSoFirst() {
        long channel = data.channel("X", ChannelKind.SOCIAL);
        long o = data.objective("Grow", strategist.personId());
        long s = data.strategy(o, "Voice", strategist.personId());
        long other = data.strategy(o, "Other", strategist.personId());
        long c = data.campaign(s, "Webinars", Intent.CAMPAIGN, strategist.personId());
        data.tactic(s, c, "In campaign", channel, null, null, TacticStatus.DRAFT, strategist.personId());
        data.tactic(s, null, "Directly", channel, null, null, TacticStatus.DRAFT, strategist.personId());
        data.tactic(other, null, "Elsewhere", channel, null, null, TacticStatus.DRAFT, strategist.personId());
        signIn(strategist);
        StrategyNode doomed = plan.tree().getFirst().strategies().stream()
                .filter(n -> n.name().equals("Voice"))
                .findFirst()
                .orElseThrow();

        DeletionImpact impact = plan.deletionImpact(doomed);
        assertThat(impact.describe()).isEqualTo("1 campaign and 2 tactics");

        plan.delete(doomed, impact);

        ObjectiveNode root = plan.tree().getFirst();
        assertThat(root.strategies()).extracting(PlanNode::name).containsExactly("Other");
        assertThat(root.mix().total()).isEqualTo(1);
    }

    @Test
    void aDeleteBasedOnAStaleViewDeletesNothing() {
        long channel = data.channel("X", ChannelKind.SOCIAL);
        long o = data.objective("Grow", strategist.personId());
        long s = data.strategy(o, "Voice", strategist.personId());
        data.tactic(s, null, "Directly", channel, null, null, TacticStatus.DRAFT, strategist.personId());
        signIn(strategist);
        ObjectiveNode stale = plan.tree().getFirst();
        plan.save(plan.objective(o).withName("Renamed meanwhile"), SubmissionKey.random());

        assertThatThrownBy(() -> plan.delete(stale, plan.deletionImpact(stale)))
                .isInstanceOf(ConcurrentEditException.class);

        ObjectiveNode root = plan.tree().getFirst();
        assertThat(root.name()).isEqualTo("Renamed meanwhile");
        assertThat(root.strategies()).hasSize(1);
        assertThat(root.mix().total()).isEqualTo(1);
    }

    @Test
    void movingACampaignToAnotherStrategyMovesItsTacticsWithIt() {
        long channel = data.channel("X", ChannelKind.SOCIAL);
        long o = data.objective("Grow", strategist.personId());
        long from = data.strategy(o, "From", strategist.personId());
        long to = data.strategy(o, "To", strategist.personId());
        long c = data.campaign(from, "Webinars", Intent.CAMPAIGN, strategist.personId());
        data.tactic(from, c, "Post", channel, null, null, TacticStatus.DRAFT, strategist.personId());
        signIn(strategist);

        Campaign campaign = plan.campaign(c);
        plan.save(
                new Campaign(
                        campaign.id(),
                        to,
                        campaign.name(),
                        null,
                        campaign.intent(),
                        campaign.ownerId(),
                        campaign.startsOn(),
                        campaign.endsOn(),
                        campaign.colour(),
                        campaign.version()),
                SubmissionKey.random());

        StrategyNode target = plan.tree().getFirst().strategies().stream()
                .filter(n -> n.name().equals("To"))
                .findFirst()
                .orElseThrow();
        assertThat(target.mix().total()).isEqualTo(1);
        assertThat(plan.tacticsUnder(to, c, 0, 10)).extracting(PlanNode::name).containsExactly("Post");
    }

    @Test
    void aDeleteIsRefusedWhenMoreWasPlannedUnderTheNodeThanTheConfirmationSaid() {
        long channel = data.channel("X", ChannelKind.SOCIAL);
        long o = data.objective("Grow", strategist.personId());
        long s = data.strategy(o, "Voice", strategist.personId());
        data.tactic(s, null, "First", channel, null, null, TacticStatus.DRAFT, strategist.personId());
        signIn(strategist);
        StrategyNode node = plan.tree().getFirst().strategies().getFirst();
        DeletionImpact announced = plan.deletionImpact(node);
        assertThat(announced.describe()).isEqualTo("1 tactic");
        // while the person reads the confirmation, a colleague plans another tactic under it
        data.tactic(s, null, "Second", channel, null, null, TacticStatus.DRAFT, strategist.personId());

        assertThatThrownBy(() -> plan.delete(node, announced))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("More is planned under “Voice” than when you asked: 2 tactics instead of 1 tactic. "
                        + "Nothing was deleted; look again, then confirm.");
        assertThat(plan.tree().getFirst().strategies().getFirst().mix().total()).isEqualTo(2);

        plan.delete(node, plan.deletionImpact(node));
        assertThat(plan.tree().getFirst().strategies()).isEmpty();
    }

    @Test
    void aFormSentTwiceSavesOnce() {
        signIn(strategist);
        var form = SubmissionKey.random();
        var objective = Objective.blank(strategist.personId(), TestData.START).withName("Grow");

        var first = plan.save(objective, form);
        var second = plan.save(objective, form);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(plan.tree()).hasSize(1);
        var renamed = plan.save(first.withName("Grow faster"), SubmissionKey.random());
        assertThat(renamed.name()).isEqualTo("Grow faster");
        assertThat(plan.tree()).extracting(PlanNode::name).containsExactly("Grow faster");
    }
}

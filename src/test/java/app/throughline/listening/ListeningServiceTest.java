package app.throughline.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ListeningServiceTest extends ServiceTestBase {

    @Autowired
    ListeningService listening;

    @Autowired
    TacticService tactics;

    CurrentUser marketer;
    CurrentUser conor;
    long linkedIn;
    long strategy;
    long tactic;
    LocalDate today;

    @BeforeEach
    void setUp() {
        marketer = data.person("max", Role.MARKETER);
        conor = data.person("conor", Role.CONTRIBUTOR);
        linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL, 3000);
        var planner = data.person("sofia", Role.STRATEGIST);
        strategy = data.strategy(data.objective("Grow", planner.personId()), "Cash flow voice", planner.personId());
        tactic = data.tactic(
                strategy,
                null,
                "Forecast in two currencies",
                linkedIn,
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                conor.personId());
        today = LocalDate.now(ZoneOffset.UTC);
    }

    // --- recording ------------------------------------------------------------------------------

    @Test
    void aContributorRecordsWhatWasHeardOnAChannel() {
        signIn(conor);

        Insight recorded = listening.record(new InsightDraft(
                "  Does the forecast handle two currencies?\r\nAsked twice.  ",
                linkedIn,
                " ",
                today,
                InsightKind.QUESTION));

        assertThat(recorded.heard()).isEqualTo("Does the forecast handle two currencies?\nAsked twice.");
        assertThat(recorded.channelName()).isEqualTo("LinkedIn");
        assertThat(recorded.sourceText()).isNull();
        assertThat(recorded.source()).isEqualTo("LinkedIn");
        assertThat(recorded.kind()).isEqualTo(InsightKind.QUESTION);
        assertThat(recorded.recordedBy()).isEqualTo("Conor Tester");
        assertThat(recorded.links()).isZero();
        assertThat(listening.list(InsightFilter.ALL, 0, 10))
                .extracting(Insight::id)
                .containsExactly(recorded.id());
    }

    @Test
    void aFreeTextSourceStandsInForAChannel() {
        signIn(conor);

        Insight recorded = listening.record(
                new InsightDraft("Wants a checklist", null, "Sales call", today.minusDays(2), InsightKind.IDEA));

        assertThat(recorded.source()).isEqualTo("Sales call");
        assertThat(recorded.channelId()).isNull();
    }

    @Test
    void eachMissingOrWrongPartIsRefusedWithItsField() {
        signIn(conor);
        String tooLong = "x".repeat(Insight.MAX_LENGTH + 1);

        assertRefused(new InsightDraft(" ", linkedIn, null, today, InsightKind.IDEA), "heard");
        assertRefused(new InsightDraft(tooLong, linkedIn, null, today, InsightKind.IDEA), "heard");
        assertRefused(new InsightDraft("Heard", linkedIn, null, today, null), "kind");
        assertRefused(new InsightDraft("Heard", linkedIn, null, null, InsightKind.IDEA), "heardOn");
        assertRefused(new InsightDraft("Heard", linkedIn, null, today.plusDays(2), InsightKind.IDEA), "heardOn");
        assertRefused(new InsightDraft("Heard", null, " ", today, InsightKind.IDEA), "source");
        assertRefused(new InsightDraft("Heard", linkedIn, "A call", today, InsightKind.IDEA), "source");
        assertRefused(new InsightDraft("Heard", null, "s".repeat(201), today, InsightKind.IDEA), "source");
        assertRefused(new InsightDraft("Heard", 999_999L, null, today, InsightKind.IDEA), "channel");
        assertThat(listening.count(InsightFilter.ALL)).isZero();

        Insight longest = listening.record(
                new InsightDraft("x".repeat(Insight.MAX_LENGTH), linkedIn, null, today, InsightKind.IDEA));
        assertThat(longest.heard()).hasSize(Insight.MAX_LENGTH);
    }

    @Test
    void anExecutiveReadsButRecordsEditsAndLinksNothing() {
        long heard = data.insight("Heard", InsightKind.PRAISE, today, conor.personId());
        signIn(data.person("eva", Role.EXECUTIVE));
        String before = data.listeningSnapshot();

        assertThat(listening.insight(heard).insight().heard()).isEqualTo("Heard");
        assertThat(listening.mayRecord()).isFalse();
        assertThatThrownBy(() -> listening.record(new InsightDraft("New", linkedIn, null, today, InsightKind.IDEA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> listening.edit(heard, 0, new InsightDraft("X", linkedIn, null, today, InsightKind.IDEA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> listening.link(heard, LinkTarget.tactic(tactic)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> listening.unlink(heard, LinkTarget.tactic(tactic)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.listeningSnapshot()).isEqualTo(before);
    }

    // --- editing --------------------------------------------------------------------------------

    @Test
    void itsAuthorChangesAnInsightAndAStaleVersionIsRefused() {
        signIn(conor);
        Insight recorded = listening.record(new InsightDraft("Heard", linkedIn, null, today, InsightKind.QUESTION));

        Insight changed = listening.edit(
                recorded.id(),
                recorded.version(),
                new InsightDraft("Heard, in their words", null, "Trade show", today.minusDays(1), InsightKind.IDEA));

        assertThat(changed.heard()).isEqualTo("Heard, in their words");
        assertThat(changed.source()).isEqualTo("Trade show");
        assertThat(changed.kind()).isEqualTo(InsightKind.IDEA);
        assertThat(changed.version()).isEqualTo(recorded.version() + 1);
        assertThatThrownBy(() -> listening.edit(
                        recorded.id(),
                        recorded.version(),
                        new InsightDraft("Overwrite", linkedIn, null, today, InsightKind.IDEA)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(listening.insight(recorded.id()).insight().heard()).isEqualTo("Heard, in their words");
    }

    @Test
    void aMarketerChangesAnyonesInsightAnotherContributorNone() {
        long heard = data.insight("Heard", InsightKind.PRAISE, today, conor.personId());
        var draft = new InsightDraft("Praise for support", linkedIn, null, today, InsightKind.PRAISE);

        signIn(data.person("olga", Role.CONTRIBUTOR));
        assertThatThrownBy(() -> listening.edit(heard, 0, draft)).isInstanceOf(AccessDeniedException.class);

        signIn(marketer);
        assertThat(listening.edit(heard, 0, draft).heard()).isEqualTo("Praise for support");
    }

    @Test
    void anUnknownInsightIsGone() {
        signIn(marketer);

        assertThatThrownBy(() -> listening.insight(404_404)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listening.link(404_404, LinkTarget.strategy(strategy)))
                .isInstanceOf(NotFoundException.class);
    }

    // --- links ----------------------------------------------------------------------------------

    @Test
    void linksShowFromTheInsightAndFromTheTacticAndTheStrategy() {
        long heard = data.insight("Two currencies?", InsightKind.QUESTION, today, conor.personId());
        long other = data.insight("Unrelated", InsightKind.PRAISE, today, conor.personId());
        signIn(conor);

        assertThat(listening.link(heard, LinkTarget.strategy(strategy))).isTrue();
        assertThat(listening.link(heard, LinkTarget.tactic(tactic))).isTrue();
        assertThat(listening.link(heard, LinkTarget.tactic(tactic)))
                .as("linking twice")
                .isFalse();

        InsightDetail detail = listening.insight(heard);
        assertThat(detail.insight().links()).isEqualTo(2);
        assertThat(detail.links())
                .extracting(InsightLink::label)
                .containsExactly("Forecast in two currencies", "Grow › Cash flow voice");
        assertThat(detail.links()).allMatch(l -> l.linkedBy().equals("Conor Tester"));
        assertThat(listening.insightsForTactic(tactic)).extracting(Insight::id).containsExactly(heard);
        assertThat(listening.insightsForStrategy(strategy))
                .extracting(Insight::id)
                .containsExactly(heard);
        assertThat(listening.insight(other).links()).isEmpty();

        assertThat(listening.unlink(heard, LinkTarget.tactic(tactic))).isTrue();
        assertThat(listening.unlink(heard, LinkTarget.tactic(tactic)))
                .as("unlinking twice")
                .isFalse();
        assertThat(listening.insightsForTactic(tactic)).isEmpty();
        assertThat(listening.insight(heard).links())
                .extracting(InsightLink::strategyId)
                .containsExactly(strategy);
    }

    @Test
    void aLinkToAMissingTacticIsRefusedAndADeletedTacticTakesItsLinkAlong() {
        long heard = data.insight("Heard", InsightKind.QUESTION, today, conor.personId());
        signIn(conor);

        assertThatThrownBy(() -> listening.link(heard, LinkTarget.tactic(404_404)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listening.link(heard, LinkTarget.strategy(404_404)))
                .isInstanceOf(NotFoundException.class);

        listening.link(heard, LinkTarget.tactic(tactic));
        tactics.delete(tactic, 0);
        assertThat(listening.insight(heard).links()).isEmpty();
    }

    @Test
    void theTacticSearchFindsTitlesInAnyCaseAtMostTwenty() {
        for (int i = 0; i < 25; i++) {
            data.tactic(
                    strategy, null, "Webinar recap " + i, linkedIn, null, null, TacticStatus.IDEA, conor.personId());
        }
        signIn(conor);

        assertThat(listening.searchTactics("TWO CURRENCIES"))
                .extracting(TacticChoice::title)
                .containsExactly("Forecast in two currencies");
        assertThat(listening.searchTactics("webinar")).hasSize(ListeningService.SEARCH_LIMIT);
        assertThat(listening.searchTactics("100%_")).isEmpty();
    }

    // --- heard, not acted on; acted on ----------------------------------------------------------

    @Test
    void anUnlinkedInsightCountsAsNotActedOnFromTheThirtyFirstDay() {
        long thirty = data.insight("Thirty days ago", InsightKind.QUESTION, today.minusDays(30), conor.personId());
        long thirtyOne =
                data.insight("Thirty-one days ago", InsightKind.COMPLAINT, today.minusDays(31), conor.personId());
        long old = data.insight("Long ago, but acted on", InsightKind.IDEA, today.minusDays(90), conor.personId());
        signIn(marketer);
        listening.link(old, LinkTarget.strategy(strategy));

        assertThat(listening.heardNotActedOn(0, 10)).extracting(Insight::id).containsExactly(thirtyOne);
        assertThat(listening.heardNotActedOnCount()).isEqualTo(1);
        assertThat(listening.insight(thirty).insight().notActedOn(today)).isFalse();
        assertThat(listening.list(new InsightFilter(InsightKind.COMPLAINT, true), 0, 10))
                .extracting(Insight::id)
                .containsExactly(thirtyOne);
        assertThat(listening.count(new InsightFilter(InsightKind.QUESTION, true)))
                .isZero();

        listening.link(thirtyOne, LinkTarget.tactic(tactic));
        assertThat(listening.heardNotActedOnCount()).isZero();
    }

    @Test
    void theLogListsNewestFirstAndFiltersByKind() {
        long older = data.insight("Older", InsightKind.PRAISE, today.minusDays(5), conor.personId());
        long newer = data.insight("Newer", InsightKind.PRAISE, today.minusDays(1), conor.personId());
        long question = data.insight("A question", InsightKind.QUESTION, today.minusDays(3), conor.personId());
        signIn(marketer);

        assertThat(listening.list(InsightFilter.ALL, 0, 10))
                .extracting(Insight::id)
                .containsExactly(newer, question, older);
        assertThat(listening.list(InsightFilter.ALL, 1, 1))
                .extracting(Insight::id)
                .containsExactly(question);
        assertThat(listening.list(new InsightFilter(InsightKind.PRAISE, false), 0, 10))
                .extracting(Insight::id)
                .containsExactly(newer, older);
        assertThat(listening.count(new InsightFilter(InsightKind.PRAISE, false)))
                .isEqualTo(2);
    }

    @Test
    void theActedOnShareCountsInsightsHeardInThePeriodLinkedToAnything() {
        LocalDate first = LocalDate.of(2026, 9, 1);
        LocalDate last = LocalDate.of(2026, 9, 30);
        long both = data.insight("Linked twice", InsightKind.IDEA, first, conor.personId());
        long tacticOnly = data.insight("Linked to a tactic", InsightKind.IDEA, last, conor.personId());
        data.insight("Not linked", InsightKind.IDEA, LocalDate.of(2026, 9, 15), conor.personId());
        data.insight("Not linked either", InsightKind.IDEA, LocalDate.of(2026, 9, 16), conor.personId());
        long outside = data.insight("Heard before the period", InsightKind.IDEA, first.minusDays(1), conor.personId());
        signIn(marketer);
        listening.link(both, LinkTarget.tactic(tactic));
        listening.link(both, LinkTarget.strategy(strategy));
        listening.link(tacticOnly, LinkTarget.tactic(tactic));
        listening.link(outside, LinkTarget.strategy(strategy));

        ActedOnShare share = listening.actedOnShare(first, last);

        assertThat(share.heard()).isEqualTo(4);
        assertThat(share.actedOn()).as("each insight counts once").isEqualTo(2);
        assertThat(share.share()).hasValue(0.5);
        assertThat(share.percent()).hasValue(50);
        assertThat(listening.actedOnShare(last.plusDays(1), last.plusDays(30)).share())
                .as("nothing heard: no share rather than 0 %")
                .isEmpty();
    }

    @Test
    void theDefaultShareLooksAtTheLastNinetyDaysTodayIncluded() {
        long recent = data.insight("Today", InsightKind.PRAISE, today, conor.personId());
        data.insight("89 days ago", InsightKind.PRAISE, today.minusDays(89), conor.personId());
        data.insight("90 days ago", InsightKind.PRAISE, today.minusDays(90), conor.personId());
        signIn(marketer);
        listening.link(recent, LinkTarget.strategy(strategy));

        ActedOnShare share = listening.actedOnShare();

        assertThat(share.first()).isEqualTo(today.minusDays(89));
        assertThat(share.last()).isEqualTo(today);
        assertThat(share.heard()).isEqualTo(2);
        assertThat(share.actedOn()).isEqualTo(1);
    }

    private void assertRefused(InsightDraft draft, String field) {
        assertThatThrownBy(() -> listening.record(draft))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }
}

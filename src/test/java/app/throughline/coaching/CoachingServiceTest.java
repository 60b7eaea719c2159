package app.throughline.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.ValidationException;
import app.throughline.policy.PolicyItem;
import app.throughline.policy.SocialPolicyService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.HistoryEntry;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticServiceTest;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The coaching workflow on the real database: the social policy's ticks (required, cleared by an
 * edit of the words), the coaching thread (length, plain text, edit window), the send-back with
 * its comment, the history, the copy counted as the channel counts, and training that counts at once.
 */
class CoachingServiceTest extends ServiceTestBase {

    static final Instant MONDAY_NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    TacticService tactics;

    @Autowired
    CoachingService coaching;

    @Autowired
    SocialPolicyService policy;

    @Autowired
    TrainingService training;

    @Autowired
    TacticPolicy tacticPolicy;

    long linkedIn;
    long x;
    long newsletter;
    long strategy;
    CurrentUser coach;
    CurrentUser conor;

    @BeforeEach
    void setUp() {
        linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL, 3000);
        x = data.channel("X", ChannelKind.SOCIAL, 280, CopyCounting.X_WEIGHTED);
        newsletter = data.channel("Newsletter", ChannelKind.OWNED);
        var planner = data.person("sofia", Role.STRATEGIST);
        strategy = data.strategy(data.objective("Grow", planner.personId()), "Voice", planner.personId());
        coach = data.person("cora", Role.COACH);
        conor = data.person("conor", Role.CONTRIBUTOR);
    }

    private long draft(long channel, CurrentUser owner) {
        return data.tactic(
                strategy, null, "Hiring post", channel, MONDAY_NINE, null, TacticStatus.DRAFT, owner.personId());
    }

    private Set<Long> allItems() {
        return policy.activeItems().stream().map(PolicyItem::id).collect(Collectors.toSet());
    }

    @Test
    void aSocialDraftGoesToReviewOnlyWithEveryPolicyItemTicked() {
        long post = draft(linkedIn, conor);
        signIn(conor);
        assertThatThrownBy(() -> tactics.changeStatus(post, 0, TacticStatus.IN_REVIEW))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("policy");
                    assertThat(e.getMessage()).startsWith("Tick every item of the social policy first (5 open");
                });
        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.DRAFT);

        Set<Long> allButOne = allItems().stream().skip(1).collect(Collectors.toSet());
        assertThatThrownBy(() -> tactics.changeStatus(post, 0, TacticStatus.IN_REVIEW, allButOne))
                .hasMessageContaining("1 open");

        var sent = tactics.changeStatus(post, 0, TacticStatus.IN_REVIEW, allItems());
        assertThat(sent.status()).isEqualTo(TacticStatus.IN_REVIEW);
        assertThat(tactics.policyTicks(post)).isEqualTo(allItems());
    }

    @Test
    void aNonSocialTacticNeedsNoTicks() {
        long mail = draft(newsletter, conor);
        signIn(conor);
        assertThat(tactics.changeStatus(mail, 0, TacticStatus.IN_REVIEW).status())
                .isEqualTo(TacticStatus.IN_REVIEW);
    }

    @Test
    void anEditOfTheCopyClearsTheTicksAReschedulingKeepsThem() {
        long post = draft(linkedIn, conor);
        signIn(conor);
        Tactic saved = tactics.save(tactics.tactic(post), SubmissionKey.random(), allItems());
        assertThat(tactics.policyTicks(post)).isEqualTo(allItems());

        Tactic moved = tactics.reschedule(post, saved.version(), MONDAY_NINE.plus(Duration.ofDays(1)));
        assertThat(tactics.policyTicks(post)).as("a new date is not new words").isEqualTo(allItems());

        Tactic rewritten =
                tactics.save(TacticServiceTest.withTitle(moved, "Hiring post, rewritten"), SubmissionKey.random());
        assertThat(tactics.policyTicks(post))
                .as("ticks were given for words that changed")
                .isEmpty();
        assertThatThrownBy(() -> tactics.changeStatus(post, rewritten.version(), TacticStatus.IN_REVIEW))
                .hasMessageStartingWith("Tick every item");
    }

    @Test
    void approvingOnesOwnNeedsTheTicksApprovingSomeoneElsesReliesOnTheAuthors() {
        var trained = data.trainedPerson("hannah", Role.CONTRIBUTOR);
        long hers = draft(linkedIn, trained);
        signIn(trained);
        assertThatThrownBy(() -> tactics.changeStatus(hers, 0, TacticStatus.APPROVED))
                .hasMessageStartingWith("Tick every item");
        assertThat(tactics.changeStatus(hers, 0, TacticStatus.APPROVED, allItems())
                        .status())
                .isEqualTo(TacticStatus.APPROVED);

        long his = data.tactic(
                strategy, null, "His", linkedIn, MONDAY_NINE, null, TacticStatus.IN_REVIEW, conor.personId());
        signIn(coach);
        assertThat(tactics.changeStatus(his, 0, TacticStatus.APPROVED).status()).isEqualTo(TacticStatus.APPROVED);
    }

    @Test
    void sendingBackNeedsACommentAndKeepsBothOrNeither() {
        long post = data.tactic(
                strategy, null, "Post", linkedIn, MONDAY_NINE, null, TacticStatus.IN_REVIEW, conor.personId());
        signIn(coach);
        assertThatThrownBy(() -> coaching.sendBack(post, 0, "   "))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.getMessage()).isEqualTo("Say what to change: sending back needs a comment");
                });
        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.IN_REVIEW);

        assertThatThrownBy(() -> coaching.sendBack(post, 7, "Shorter, please"))
                .as("a stale version: another coach acted first")
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(coaching.thread(post)).as("no comment without its step").isEmpty();

        coaching.sendBack(post, 0, "Shorter, please: one idea per post");
        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.DRAFT);
        assertThat(coaching.thread(post)).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("Shorter, please: one idea per post");
            assertThat(c.sentBack()).isTrue();
            assertThat(c.author()).isEqualTo(coach.displayName());
        });
    }

    @Test
    void noSendBackWithoutItsCommentNotEvenThroughAPlainStep() {
        long post = data.tactic(
                strategy, null, "Post", linkedIn, MONDAY_NINE, null, TacticStatus.IN_REVIEW, conor.personId());
        signIn(coach);
        assertThatThrownBy(() -> tactics.changeStatus(post, 0, TacticStatus.DRAFT))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        signIn(data.person("max", Role.MARKETER)); // may change the tactic, so reaches the step's rule
        assertThatThrownBy(() -> tactics.save(
                        TacticServiceTest.withStatus(tactics.tactic(post), TacticStatus.DRAFT), SubmissionKey.random()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.IN_REVIEW);
        signIn(conor);
        assertThat(tactics.changeStatus(post, 0, TacticStatus.DRAFT).status())
                .as("its owner withdraws it without a word")
                .isEqualTo(TacticStatus.DRAFT);
    }

    @Test
    void theOwnerCannotSendBackTheirOwnTacticTheyWithdrawIt() {
        long mine = data.tactic(
                strategy, null, "Mine", linkedIn, MONDAY_NINE, null, TacticStatus.IN_REVIEW, coach.personId());
        signIn(coach);
        assertThatThrownBy(() -> coaching.sendBack(mine, 0, "Hmm")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSuggestionChangesNothingButTheThread() {
        long post = data.tactic(
                strategy, null, "Post", linkedIn, MONDAY_NINE, null, TacticStatus.IN_REVIEW, conor.personId());
        signIn(coach);
        coaching.comment(post, "Nice! Maybe add a question at the end?");
        Tactic after = tactics.tactic(post);
        assertThat(after.status()).isEqualTo(TacticStatus.IN_REVIEW);
        assertThat(after.version()).isZero();
        assertThat(coaching.thread(post)).extracting(Comment::sentBack).containsExactly(false);
    }

    @Test
    void commentsArePlainTextOfAtMost5000CharactersNewestLast() {
        long post = draft(linkedIn, conor);
        signIn(conor);
        String script = "<script>alert('x')</script>\n<b>bold?</b>";
        coaching.comment(post, "First");
        coaching.comment(post, script);
        assertThat(coaching.thread(post)).extracting(Comment::body).containsExactly("First", script);

        assertThat(coaching.comment(post, "y".repeat(5000)).body()).hasSize(5000);
        assertThatThrownBy(() -> coaching.comment(post, "y".repeat(5001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.getMessage()).isEqualTo("The comment can be at most 5000 characters");
                });
        assertThatThrownBy(() -> coaching.comment(post, " ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyItsAuthorChangesACommentAndOnlyFor15Minutes() {
        long post = draft(linkedIn, conor);
        signIn(conor);
        Comment fresh = coaching.comment(post, "Draft thoughts");
        Comment edited = coaching.edit(fresh.id(), fresh.version(), "Better thoughts");
        assertThat(edited.body()).isEqualTo("Better thoughts");
        assertThat(edited.editedAt()).isNotNull();
        assertThatThrownBy(() -> coaching.edit(fresh.id(), fresh.version(), "Stale"))
                .isInstanceOf(ConcurrentEditException.class);

        signIn(coach);
        assertThatThrownBy(() -> coaching.edit(fresh.id(), edited.version(), "Not mine"))
                .isInstanceOf(AccessDeniedException.class);

        long old = data.comment(
                post, conor.personId(), "Written long ago", Instant.now().minus(Duration.ofMinutes(16)));
        signIn(conor);
        assertThatThrownBy(() -> coaching.edit(old, 0, "Too late"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).startsWith("A comment can be changed for 15 minutes"));
        assertThat(coaching.thread(post)).extracting(Comment::body).contains("Written long ago");
    }

    @Test
    void theHistoryListsEveryStepAndEditNewestFirst() {
        long post = draft(newsletter, conor);
        signIn(conor);
        Tactic t = tactics.tactic(post);
        Tactic renamed = tactics.save(
                TacticServiceTest.withTitle(t, "Renamed").withSchedule(MONDAY_NINE.plusSeconds(3600), null),
                SubmissionKey.random());
        tactics.changeStatus(post, renamed.version(), TacticStatus.IN_REVIEW);

        assertThat(tactics.history(post))
                .extracting(HistoryEntry::what)
                .containsExactly("Draft → In review", "Changed title, date");
        assertThat(tactics.history(post)).extracting(HistoryEntry::who).containsOnly(conor.displayName());
    }

    @Test
    void xCountsAnEmojiAsTwoLinkedInAsOne() {
        signIn(conor);
        String body = "🎉".repeat(141);
        assertThat(tactics.copyRules(x).length(body)).isEqualTo(282);
        assertThat(tactics.copyRules(x).tooLong(body)).isTrue();
        assertThat(tactics.copyRules(linkedIn).length(body)).isEqualTo(141);

        long post = draft(x, conor);
        Tactic withEmoji = new Tactic(
                post,
                strategy,
                null,
                "Party",
                body,
                x,
                MONDAY_NINE,
                null,
                TacticStatus.DRAFT,
                conor.personId(),
                null,
                null,
                null,
                null,
                0);
        assertThatThrownBy(() -> tactics.save(withEmoji, SubmissionKey.random()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage()).contains("this copy has 282");
                });
    }

    @Test
    void recordedTrainingCountsAtTheNextStepWithoutSigningInAgain() {
        long his = draft(linkedIn, conor);
        data.tickPolicy(his);
        signIn(conor);
        assertThat(tacticPolicy.mayApprove(conor, tactics.tactic(his))).isFalse();
        assertThat(training.mine().trained()).isFalse();

        signIn(coach);
        var status = training.contributors().stream()
                .filter(s -> s.personId() == conor.personId())
                .findFirst()
                .orElseThrow();
        training.record(conor.personId(), status.version(), LocalDate.of(2026, 11, 30));

        signIn(conor); // the same session's CurrentUser, still saying "untrained"
        assertThat(training.mine().trainedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(tactics.changeStatus(his, 0, TacticStatus.APPROVED).status()).isEqualTo(TacticStatus.APPROVED);
    }

    @Test
    void trainingCannotBeCompletedInTheFuture() {
        signIn(coach);
        assertThatThrownBy(() -> training.record(
                        conor.personId(), 0, LocalDate.now(ZoneOffset.UTC).plusDays(2)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("trainedOn"));
    }
}

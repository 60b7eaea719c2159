package app.throughline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.common.SubmissionKey;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticServiceTest;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review queue, the look back and the menu's counts, on the real database. */
class ReviewServiceTest extends ServiceTestBase {

    static final Instant MONDAY_NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    ReviewService review;

    @Autowired
    CoachingService coaching;

    @Autowired
    TacticService tactics;

    long linkedIn;
    long x;
    long strategy;
    long hr;
    long sales;
    CurrentUser coach;
    CurrentUser hannah;
    CurrentUser conor;

    @BeforeEach
    void setUp() {
        linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL, 3000);
        x = data.channel("X", ChannelKind.SOCIAL, 280);
        var planner = data.person("sofia", Role.STRATEGIST);
        strategy = data.strategy(data.objective("Grow", planner.personId()), "Voice", planner.personId());
        hr = data.department("HR");
        sales = data.department("Sales");
        coach = data.person("cora", Role.COACH);
        hannah = data.trainedPerson("hannah", Role.CONTRIBUTOR);
        conor = data.person("conor", Role.CONTRIBUTOR);
    }

    private long inReview(String title, long channel, long department, Duration waiting) {
        long id = data.tactic(
                strategy, null, title, channel, MONDAY_NINE, null, TacticStatus.IN_REVIEW, conor.personId());
        data.tacticDepartment(id, department);
        data.statusSince(id, Instant.now().minus(waiting));
        return id;
    }

    @Test
    void theQueueListsTacticsInReviewOldestFirstAndFilters() {
        long recent = inReview("Recent", linkedIn, hr, Duration.ofHours(2));
        long oldest = inReview("Oldest", x, sales, Duration.ofDays(5));
        long middle = inReview("Middle", linkedIn, sales, Duration.ofDays(1));
        data.tactic(strategy, null, "A draft", linkedIn, MONDAY_NINE, null, TacticStatus.DRAFT, conor.personId());

        signIn(coach);
        assertThat(review.queue(ReviewFilter.ALL, 0, 10))
                .extracting(ReviewEntry::tacticId)
                .containsExactly(oldest, middle, recent);
        assertThat(review.queue(ReviewFilter.ALL, 1, 1))
                .extracting(ReviewEntry::tacticId)
                .containsExactly(middle);
        assertThat(review.queueSize(ReviewFilter.ALL)).isEqualTo(3);
        assertThat(review.queue(new ReviewFilter(sales, null), 0, 10))
                .extracting(ReviewEntry::title)
                .containsExactly("Oldest", "Middle");
        assertThat(review.queue(new ReviewFilter(sales, linkedIn), 0, 10))
                .extracting(ReviewEntry::title)
                .containsExactly("Middle");
        assertThat(review.queueSize(new ReviewFilter(hr, x))).isZero();
        assertThat(review.queue(ReviewFilter.ALL, 0, 1).getFirst()).satisfies(e -> {
            assertThat(e.author()).isEqualTo(conor.displayName());
            assertThat(e.department()).isEqualTo("Sales");
            assertThat(e.channel()).isEqualTo("X");
        });
        assertThat(review.waiting()).isEqualTo(3);
    }

    @Test
    void aTacticLeavesTheQueueWhenApprovedOrSentBack() {
        long a = inReview("A", linkedIn, hr, Duration.ofDays(2));
        long b = inReview("B", linkedIn, hr, Duration.ofDays(1));
        signIn(coach);
        tactics.changeStatus(a, 0, TacticStatus.APPROVED);
        coaching.sendBack(b, 0, "Add the date of the event");
        assertThat(review.queueSize(ReviewFilter.ALL)).isZero();
    }

    @Test
    void aContributorsBadgeCountsTheirTacticsSentBackUntilTheyEditThem() {
        long post = inReview("Post", linkedIn, hr, Duration.ofDays(1));
        signIn(conor);
        assertThat(review.sentBackToMe()).isZero();
        assertThat(review.waiting()).as("not a reviewer").isZero();

        signIn(coach);
        var back = coaching.sendBack(post, 0, "Shorter");
        signIn(conor);
        assertThat(review.sentBackToMe()).isEqualTo(1);

        tactics.save(TacticServiceTest.withTitle(back, "Post, shorter"), SubmissionKey.random());
        assertThat(review.sentBackToMe()).as("fixed: no longer waiting on them").isZero();
    }

    @Test
    void theLookBackListsWhatTrainedContributorsApprovedThemselvesInTheLast30Days() {
        Instant now = Instant.now();
        long recent = data.tactic(
                strategy, null, "Hannah's own", linkedIn, MONDAY_NINE, null, TacticStatus.APPROVED, hannah.personId());
        data.statusChange(
                recent, TacticStatus.DRAFT, TacticStatus.APPROVED, hannah.personId(), now.minus(Duration.ofDays(3)));
        long longAgo = data.tactic(
                strategy, null, "Old news", linkedIn, MONDAY_NINE, null, TacticStatus.APPROVED, hannah.personId());
        data.statusChange(
                longAgo, TacticStatus.DRAFT, TacticStatus.APPROVED, hannah.personId(), now.minus(Duration.ofDays(31)));
        long reviewed = data.tactic(
                strategy, null, "Coach approved", linkedIn, MONDAY_NINE, null, TacticStatus.APPROVED, conor.personId());
        data.statusChange(
                reviewed,
                TacticStatus.IN_REVIEW,
                TacticStatus.APPROVED,
                coach.personId(),
                now.minus(Duration.ofDays(1)));
        long coachesOwn = data.tactic(
                strategy, null, "Coach's own", linkedIn, MONDAY_NINE, null, TacticStatus.APPROVED, coach.personId());
        data.statusChange(
                coachesOwn, TacticStatus.DRAFT, TacticStatus.APPROVED, coach.personId(), now.minus(Duration.ofDays(1)));

        signIn(coach);
        assertThat(review.lookBack(0, 10)).extracting(ReviewEntry::title).containsExactly("Hannah's own");
    }
}

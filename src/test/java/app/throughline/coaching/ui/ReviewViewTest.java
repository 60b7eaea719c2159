package app.throughline.coaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.coaching.CoachingService;
import app.throughline.coaching.Comment;
import app.throughline.coaching.ReviewEntry;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends ViewTestBase {

    @Autowired
    TacticService tactics;

    @Autowired
    CoachingService coaching;

    CurrentUser coach;
    CurrentUser author;
    long strategy;
    long newsletter;
    long linkedIn;
    long benefits;
    long kickoff;

    @BeforeEach
    void setUp() {
        coach = data.person("cora", Role.COACH);
        author = data.person("carl", Role.CONTRIBUTOR);
        long hr = data.department("HR");
        long sales = data.department("Sales");
        newsletter = data.channel("Newsletter", ChannelKind.OWNED);
        linkedIn = data.channel("LinkedIn", ChannelKind.OWNED);
        strategy = data.strategy(data.objective("Grow", coach.personId()), "Voice", coach.personId());
        Instant now = Instant.now();
        kickoff = data.inReview(
                strategy, "Sales kickoff recap", linkedIn, author.personId(), sales, now.minus(Duration.ofHours(5)));
        benefits = data.inReview(
                strategy,
                "Benefits <b>explained</b>",
                newsletter,
                author.personId(),
                hr,
                now.minus(Duration.ofDays(3)).minusSeconds(60));
    }

    @Test
    void theQueueListsTheLongestWaitingFirstWithAuthorDepartmentChannelDateAndWait() {
        signIn(coach);
        open("review");

        Grid<ReviewEntry> queue = queue();
        assertThat(titles(queue)).containsExactly("Benefits <b>explained</b>", "Sales kickoff recap");
        Button title = (Button) GridKt._getCellComponent(queue, 0, "title");
        assertThat(title.getText()).as("a title is text, never HTML").isEqualTo("Benefits <b>explained</b>");
        _click(title);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tactics/" + benefits);
        assertThat(GridKt._getFormattedRow(queue, 0)).contains("Carl Tester", "HR", "Newsletter");
        assertThat(GridKt._getFormatted(queue, 0, "planned")).isEqualTo("Feb 1, 2027, 9:00\u202FAM");
        assertThat(GridKt._getFormatted(queue, 0, "waited")).isEqualTo("3 days");
        assertThat(GridKt._getFormatted(queue, 1, "waited")).isEqualTo("5 hours");
    }

    @Test
    void theFiltersNarrowTheQueueAndAreReadFromTheAddress() {
        signIn(coach);
        open("review");
        ComboBox<app.throughline.people.Department> department =
                _get(ComboBox.class, spec -> spec.withLabel("Department"));
        _setValue(
                department,
                department
                        .getListDataView()
                        .getItems()
                        .filter(d -> d.name().equals("Sales"))
                        .findFirst()
                        .orElseThrow());
        assertThat(titles(queue())).containsExactly("Sales kickoff recap");

        open("review?channel=" + newsletter);
        ComboBox<?> channel = _get(ComboBox.class, spec -> spec.withLabel("Channel"));
        assertThat(channel.getValue()).isNotNull();
        assertThat(titles(queue())).containsExactly("Benefits <b>explained</b>");

        open("review?department=999999&channel=oops");
        assertThat(titles(queue())).as("unknown filters are dropped").hasSize(2);
    }

    @Test
    void anEmptyQueueSaysSoInWords() {
        signIn(coach);
        open("review?channel=" + data.channel("Podcast", ChannelKind.OWNED));

        assertThat(GridKt._size(queue())).isZero();
        assertThat(queue().getEmptyStateText()).isEqualTo("Nothing is waiting for review");
    }

    @Test
    void aCoachApprovesFromTheQueue() {
        signIn(coach);
        open("review");

        _click(rowButton(queue(), 0, "Approve"));

        assertThat(tactics.tactic(benefits).status()).isEqualTo(TacticStatus.APPROVED);
        assertThat(titles(queue())).containsExactly("Sales kickoff recap");
        NotificationsKt.expectNotifications("Approved “Benefits <b>explained</b>”");
    }

    @Test
    void aCoachSendsBackFromTheQueueWithAComment() {
        signIn(coach);
        open("review");

        _click(rowButton(queue(), 1, "Send back"));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What to change")), "Name the speaker, please");
        _click(dialogButton(dialog, "Send back"));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(tactics.tactic(kickoff).status()).isEqualTo(TacticStatus.DRAFT);
        List<Comment> thread = coaching.thread(kickoff);
        assertThat(thread).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("Name the speaker, please");
            assertThat(c.sentBack()).isTrue();
            assertThat(c.author()).isEqualTo("Cora Tester");
        });
        assertThat(titles(queue())).containsExactly("Benefits <b>explained</b>");
    }

    @Test
    void aSendBackWithoutACommentIsRefusedNextToTheField() {
        signIn(coach);
        open("review");

        _click(rowButton(queue(), 0, "Send back"));
        Dialog dialog = _get(Dialog.class);
        TextArea comment = _get(dialog, TextArea.class, spec -> spec.withLabel("What to change"));
        _setValue(comment, "   ");
        _click(dialogButton(dialog, "Send back"));

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Say what to change: sending back needs a comment");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(tactics.tactic(benefits).status()).isEqualTo(TacticStatus.IN_REVIEW);
        assertThat(coaching.thread(benefits)).isEmpty();
    }

    @Test
    void theCommentFieldCountsAndSaysWhenItIsTooLong() {
        signIn(coach);
        open("review");

        _click(rowButton(queue(), 0, "Send back"));
        TextArea comment = _get(_get(Dialog.class), TextArea.class, spec -> spec.withLabel("What to change"));
        _setValue(comment, "Fix it");
        assertThat(comment.getHelperText()).isEqualTo("6 / 5,000 characters");
        _setValue(comment, "x".repeat(Comment.MAX_LENGTH + 1));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).contains("at most 5,000 characters; this has 5,001");
    }

    @Test
    void aStaleApproveByASecondCoachIsToldAndOverwritesNothing() {
        CurrentUser second = data.person("dora", Role.COACH);
        signIn(coach);
        open("review");
        Grid<ReviewEntry> queue = queue();
        // the row as the coach's browser shows it (Karibu reads the grid afresh at each look)
        Button approve = rowButton(queue, 0, "Approve");

        // meanwhile, another coach sends the oldest one back
        signIn(second);
        coaching.sendBack(benefits, tactics.tactic(benefits).version(), "Check the figures");
        int versionAfter = tactics.tactic(benefits).version();

        signIn(coach);
        _click(approve);

        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .startsWith("Someone else acted on “Benefits <b>explained</b>” while you looked at it, so "
                        + "nothing was changed.");
        assertThat(tactics.tactic(benefits).status()).isEqualTo(TacticStatus.DRAFT);
        assertThat(tactics.tactic(benefits).version()).isEqualTo(versionAfter);
        assertThat(coaching.thread(benefits)).extracting(Comment::body).containsExactly("Check the figures");
        assertThat(titles(queue)).as("the list is read again").containsExactly("Sales kickoff recap");
    }

    @Test
    void theLookBackListsATrainedContributorsOwnApprovalAndTakesANote() {
        CurrentUser trained = data.trainedPerson("tess", Role.CONTRIBUTOR);
        long post = data.tactic(
                strategy,
                null,
                "Our new parental leave",
                newsletter,
                Instant.parse("2027-03-01T08:00:00Z"),
                null,
                TacticStatus.DRAFT,
                trained.personId());
        signIn(trained);
        tactics.changeStatus(post, tactics.tactic(post).version(), TacticStatus.APPROVED);

        signIn(coach);
        open("review");
        Grid<ReviewEntry> lookBack = lookBack();
        assertThat(titles(lookBack)).containsExactly("Our new parental leave");
        assertThat(GridKt._getFormattedRow(lookBack, 0)).contains("Tess Tester", "Newsletter");

        _click(rowButton(lookBack, 0, "Leave a note"));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Note")), "Lovely post; add a link next time");
        _click(dialogButton(dialog, "Leave the note"));

        assertThat(coaching.thread(post)).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("Lovely post; add a link next time");
            assertThat(c.sentBack()).isFalse();
        });
        assertThat(tactics.tactic(post).status()).as("a note changes nothing").isEqualTo(TacticStatus.APPROVED);
    }

    @Test
    void theLookBackLeavesOutApprovalsByACoach() {
        signIn(coach);
        tactics.changeStatus(benefits, tactics.tactic(benefits).version(), TacticStatus.APPROVED);
        open("review");

        assertThat(GridKt._size(lookBack())).isZero();
        assertThat(lookBack().getEmptyStateText())
                .isEqualTo("No trained contributor approved their own tactic in the last 30 days");
    }

    @Test
    void contributorsAndExecutivesCannotOpenTheQueue() {
        for (CurrentUser who :
                List.of(author, data.trainedPerson("tess", Role.CONTRIBUTOR), data.person("erin", Role.EXECUTIVE))) {
            signIn(who);
            open("review");
            assertThat(_get(H1.class).getText()).as(who.login()).isEqualTo("You may not open this");
            assertThat(_find(Grid.class)).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReviewEntry> queue() {
        return _get(Grid.class, spec -> spec.withClasses("review-queue"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReviewEntry> lookBack() {
        return _get(Grid.class, spec -> spec.withClasses("review-look-back"));
    }

    private static List<String> titles(Grid<ReviewEntry> grid) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            titles.add(GridKt._get(grid, i).title());
        }
        return titles;
    }

    private static Button rowButton(Grid<ReviewEntry> grid, int row, String text) {
        Component cell = GridKt._getCellComponent(grid, row, "actions");
        return cell instanceof Button button && button.getText().equals(text)
                ? button
                : _get(cell, Button.class, spec -> spec.withText(text));
    }

    private static Button dialogButton(Dialog dialog, String text) {
        return dialog.getFooter()
                .getElement()
                .getChildren()
                .map(e -> e.getComponent().orElseThrow())
                .filter(c -> c instanceof Button b && b.getText().equals(text))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button “" + text + "” in the dialog's footer"));
    }
}

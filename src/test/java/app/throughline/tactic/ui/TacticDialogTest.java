package app.throughline.tactic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.calendar.ui.FullCalendar;
import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tactic form as each kind of person meets it (docs/roles.md, "Views"). */
class TacticDialogTest extends ViewTestBase {

    @Autowired
    TacticService tactics;

    CurrentUser author;
    long channel;
    long strategy;

    @BeforeEach
    void setUp() {
        author = data.person("conor", Role.CONTRIBUTOR);
        channel = data.channel("LinkedIn", ChannelKind.SOCIAL, 3000);
        var planner = data.person("sofia", Role.STRATEGIST);
        strategy = data.strategy(data.objective("Grow", planner.personId()), "Voice", planner.personId());
    }

    @Test
    void aCoachReviewsSomeoneElsesDraftAndApprovesIt() {
        long post = tactic("Our onboarding in 3 steps", TacticStatus.IN_REVIEW);
        signIn(data.person("carla", Role.COACH));
        openTactic(post);

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Review tactic");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Title"))
                        .isReadOnly())
                .isTrue();
        assertThat(_find(dialog, Button.class, spec -> spec.withText("Save"))).allMatch(b -> !b.isVisible());
        assertThat(_find(dialog, Button.class, spec -> spec.withText("Send back")))
                .hasSize(1);

        _click(_get(dialog, Button.class, spec -> spec.withText("Approve")));

        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.APPROVED);
        assertThat(_find(Dialog.class)).isEmpty();
        NotificationsKt.expectNotifications("Approve: “Our onboarding in 3 steps” is now approved");
    }

    @Test
    void aCoachSendsADraftInReviewBackToItsOwner() {
        long post = tactic("Draft to fix", TacticStatus.IN_REVIEW);
        signIn(data.person("carla", Role.COACH));
        openTactic(post);

        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Send back")));

        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.DRAFT);
    }

    @Test
    void aCoachOnlyReadsSomeoneElsesDraftThatIsNotInReview() {
        long post = tactic("Work in progress", TacticStatus.DRAFT);
        signIn(data.person("carla", Role.COACH));
        openTactic(post);

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Tactic");
        assertThat(_find(dialog, Button.class, spec -> spec.withText("Approve")))
                .isEmpty();
        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("form-problem"))
                        .getText())
                .isEqualTo("You can read this tactic. Only its owner, Conor Tester, or a marketer, strategist or "
                        + "admin can change it.");
    }

    @Test
    void anUntrainedContributorIsNotOfferedApprovalOfTheirOwnDraft() {
        long post = tactic("Mine", TacticStatus.DRAFT);
        signIn(author);
        openTactic(post);

        assertThat(statusField().getListDataView().getItems())
                .containsExactly(TacticStatus.IDEA, TacticStatus.DRAFT, TacticStatus.IN_REVIEW, TacticStatus.CANCELLED);
        assertThat(_get(_get(Dialog.class), ComboBox.class, spec -> spec.withLabel("Owner"))
                        .isReadOnly())
                .as("a contributor plans as themselves")
                .isTrue();
    }

    @Test
    void aDoubleClickedSaveSavesOneTactic() {
        signIn(data.person("max", Role.MARKETER));
        open("?view=month&date=2027-03-01");
        _click(_get(Button.class, spec -> spec.withText("Plan a tactic")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Clicked twice");
        Button save = _get(Button.class, spec -> spec.withText("Save"));
        assertThat(save.isDisableOnClick()).isTrue();

        // both clicks arrive in one request, as a quick double click does: the second finds the dialog still there
        ComponentUtil.fireEvent(save, new ClickEvent<>(save, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
        ComponentUtil.fireEvent(save, new ClickEvent<>(save, true, 0, 0, 0, 0, 2, 0, false, false, false, false));

        assertThat(data.tacticCount()).isEqualTo(1);
    }

    @Test
    void anOverlongTitleIsRefusedWithWordsAndKeptAsTyped() {
        signIn(author);
        open("?view=month&date=2027-03-01");
        _click(_get(Button.class, spec -> spec.withText("Plan a tactic")));
        var title = _get(TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.getMaxLength())
                .as("no browser limit cuts pasted text silently")
                .isZero();
        _setValue(title, "x".repeat(10_000));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Title can be at most 200 characters; this has 10,000.");
        assertThat(title.getValue()).hasSize(10_000);
        assertThat(data.tacticCount()).isZero();
    }

    @Test
    void aTimeThatDoesNotExistOnTheNightTheClocksGoForwardIsRefusedInTheForm() {
        long post = tactic("Spring forward", TacticStatus.DRAFT);
        var berliner = data.person("bernd", ZoneId.of("Europe/Berlin"), Role.MARKETER);
        signIn(berliner);
        openTactic(post);

        var start = _get(DateTimePicker.class, spec -> spec.withLabel("Goes out (Europe/Berlin)"));
        _setValue(start, LocalDateTime.parse("2027-03-28T02:30:00"));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage())
                .isEqualTo("There is no 02:30 on 28 March 2027 in Europe/Berlin: the "
                        + "clocks go forward from 02:00 to 03:00. Choose another time, such as 03:30.");
        assertThat(tactics.tactic(post).scheduledStart()).isEqualTo(Instant.parse("2027-03-01T09:00:00Z"));
    }

    @Test
    void anExecutiveReadsATacticAndCanChangeNothing() {
        long post = tactic("Read me", TacticStatus.IN_REVIEW);
        signIn(data.person("eva", Role.EXECUTIVE));
        openTactic(post);

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Tactic");
        assertThat(_find(dialog, Button.class, spec -> spec.withText("Approve")))
                .isEmpty();
        assertThat(_find(dialog, Button.class, spec -> spec.withText("Delete"))).isEmpty();
        assertThat(_get(dialog, Button.class, spec -> spec.withText("Close")).isVisible())
                .isTrue();
    }

    private long tactic(String title, TacticStatus status) {
        return data.tactic(
                strategy, null, title, channel, Instant.parse("2027-03-01T09:00:00Z"), null, status, author.personId());
    }

    private void openTactic(long id) {
        open("?view=month&date=2027-03-01");
        var calendar = _get(FullCalendar.class);
        ComponentUtil.fireEvent(calendar, new FullCalendar.EventClick(calendar, true, id));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<TacticStatus> statusField() {
        return _get(_get(Dialog.class), ComboBox.class, spec -> spec.withLabel("Status"));
    }
}

package app.throughline.tactic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.admin.AdminService;
import app.throughline.calendar.ui.FullCalendar;
import app.throughline.channel.Channel;
import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.coaching.CoachingService;
import app.throughline.listening.InsightKind;
import app.throughline.listening.ui.InsightsBehind;
import app.throughline.people.PeopleData;
import app.throughline.people.PersonSummary;
import app.throughline.plan.TacticParent;
import app.throughline.policy.SocialPolicyService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.Persona;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The composer as each kind of person meets it (docs/roles.md, "Views"; issue 8, "The composer"). */
class ComposerViewTest extends ViewTestBase {

    @Autowired
    PeopleData peopleData;

    private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>\n<b>second line</b>";

    @Autowired
    TacticService tactics;

    @Autowired
    CoachingService coaching;

    @Autowired
    SocialPolicyService socialPolicy;

    @Autowired
    AdminService admin;

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

    // --- who sees what ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Persona.class)
    void eachRoleIsOfferedExactlyItsStepsOnSomeoneElsesTacticInReview(Persona persona) {
        long post = tactic("Our onboarding in 3 steps", TacticStatus.IN_REVIEW);
        data.tickPolicy(post);
        signIn(persona.create(data));
        openTactic(post);

        boolean editor = persona == Persona.ADMIN || persona == Persona.STRATEGIST || persona == Persona.MARKETER;
        boolean reviewer = editor || persona == Persona.COACH;
        List<String> expected = editor
                ? List.of("Approve", "Approve and schedule", "Send back", "Cancel")
                : persona == Persona.COACH ? List.of("Approve", "Send back") : List.of();
        assertThat(stepButtons()).as(persona.toString()).isEqualTo(expected);
        assertThat(titleField().isReadOnly()).as(persona + ": title read-only").isEqualTo(!editor);
        assertThat(copyField().isReadOnly()).as(persona + ": copy read-only").isEqualTo(!editor);
        assertThat(visibleButton("Save")).as(persona + ": Save").isEqualTo(editor);
        assertThat(visibleButton("Delete")).as(persona + ": Delete").isEqualTo(editor);
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Comment")))
                .as(persona + ": may comment")
                .hasSize(reviewer ? 1 : 0);
        assertThat(policyBoxes()).as(persona + ": ticks only by editors").allMatch(box -> box.isReadOnly() != editor);
        assertThat(_get(H1.class).getText())
                .isEqualTo(editor ? "Edit tactic" : persona == Persona.COACH ? "Review tactic" : "Tactic");
    }

    @Test
    void aCoachReviewsSomeoneElsesDraftAndApprovesIt() {
        long post = tactic("Our onboarding in 3 steps", TacticStatus.IN_REVIEW);
        signIn(data.person("carla", Role.COACH));
        openTactic(post);

        assertThat(_get(H1.class).getText()).isEqualTo("Review tactic");
        assertThat(titleField().isReadOnly()).isTrue();
        assertThat(visibleButton("Save")).isFalse();
        _click(stepButton("Approve"));

        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.APPROVED);
        NotificationsKt.expectNotifications("Approve: “Our onboarding in 3 steps” is now approved");
        assertThat(statusText()).isEqualTo("Approved");
        assertThat(historyLines()).first().asString().contains("Carla Tester").contains("In review → Approved");
    }

    @Test
    void sendingBackNeedsACommentWhichTheContributorThenReadsInTheThread() {
        long post = tactic("Draft to fix", TacticStatus.IN_REVIEW);
        signIn(data.person("carla", Role.COACH));
        openTactic(post);

        _click(stepButton("Send back"));
        var dialog = _get(Dialog.class);
        var comment = _get(dialog, TextArea.class, spec -> spec.withLabel("What to change"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Send back")));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Say what to change: sending back needs a comment");
        assertThat(tactics.tactic(post).status()).as("nothing happened").isEqualTo(TacticStatus.IN_REVIEW);

        _setValue(comment, "Name the webinar's date in the first line.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Send back")));
        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.DRAFT);

        signIn(author);
        openTactic(post);
        assertThat(_get(Span.class, spec -> spec.withClasses("comment-author")).getText())
                .isEqualTo("Carla Tester");
        assertThat(_get(Span.class, spec -> spec.withClasses("comment-sent-back"))
                        .getText())
                .isEqualTo("sent back");
        assertThat(_get(Div.class, spec -> spec.withClasses("comment-body")).getText())
                .isEqualTo("Name the webinar's date in the first line.");
        assertThat(stepButtons()).contains("Send to review");
    }

    @Test
    void aCoachOnlyReadsSomeoneElsesDraftThatIsNotInReview() {
        long post = tactic("Work in progress", TacticStatus.DRAFT);
        signIn(data.person("carla", Role.COACH));
        openTactic(post);

        assertThat(_get(H1.class).getText()).isEqualTo("Tactic");
        assertThat(stepButtons()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("form-note")).getText())
                .isEqualTo("You can read this tactic. Only its owner, Conor Tester, or a marketer, strategist or "
                        + "admin can change it.");
    }

    @Test
    void anUntrainedContributorIsNotOfferedApprovalOfTheirOwnDraftAndIsToldWhy() {
        long post = tactic("Mine", TacticStatus.DRAFT);
        signIn(author);
        openTactic(post);

        assertThat(stepButtons()).containsExactly("Send to review", "Back to idea", "Cancel");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Owner")).isReadOnly())
                .as("a contributor plans as themselves")
                .isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("training-note"))
                        .getText())
                .isEqualTo("Until you complete the social-policy training, a coach reviews your posts before they "
                        + "go out");
    }

    @Test
    void aTrainedContributorMayApproveTheirOwnAndIsToldSinceWhen() {
        var trained = data.trainedPerson("tina", Role.CONTRIBUTOR);
        long post = data.tactic(
                strategy,
                null,
                "Direct dial",
                channel,
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                trained.personId());
        signIn(trained);
        openTactic(post);

        assertThat(stepButtons()).contains("Approve");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("training-note"))
                        .getText())
                .isEqualTo("You completed the social-policy training on 2026-10-01: you can approve your own posts");
    }

    @Test
    void anExecutiveReadsATacticAndCanChangeNothing() {
        long post = tactic("Read me", TacticStatus.IN_REVIEW);
        signIn(data.person("eva", Role.EXECUTIVE));
        openTactic(post);

        assertThat(_get(H1.class).getText()).isEqualTo("Tactic");
        assertThat(stepButtons()).isEmpty();
        assertThat(visibleButton("Delete")).isFalse();
        assertThat(visibleButton("Save")).isFalse();
        assertThat(visibleButton("Close")).isTrue();
        assertThat(titleField().isReadOnly()).isTrue();
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Comment"))).isEmpty();
    }

    @Test
    void anExecutiveCannotOpenANewTactic() {
        signIn(data.person("eva", Role.EXECUTIVE));
        open("tactics/new");

        assertThat(_get(H1.class).getText()).isEqualTo("You may not open this");
    }

    @Test
    void aTacticThatDoesNotExistShowsTheNotFoundPage() {
        signIn(author);
        open("tactics/987654321");

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    // --- the form ---------------------------------------------------------------------------------

    @Test
    void aRetiredChannelIsNotOfferedForANewTacticButStaysOnThePastOne() {
        long fax = data.channel("Fax", ChannelKind.DIRECT);
        long past = data.tactic(
                strategy,
                null,
                "Order form by fax",
                fax,
                Instant.parse("2027-03-01T09:00:00Z"),
                null,
                TacticStatus.DRAFT,
                author.personId());
        var ada = data.person("ada", Role.ADMIN);
        signIn(ada);
        admin.retireChannel(fax, 0);

        open("tactics/new?channel=" + fax);
        @SuppressWarnings("unchecked")
        ComboBox<Channel> offered = _get(ComboBox.class, spec -> spec.withLabel("Channel"));
        assertThat(ComboBoxKt.getSuggestionItems(offered))
                .extracting(Channel::name)
                .containsExactly("LinkedIn");
        assertThat(offered.getValue())
                .as("the address's retired channel is not taken")
                .isNotNull();
        assertThat(offered.getValue().name()).isEqualTo("LinkedIn");

        open("tactics/" + past);
        @SuppressWarnings("unchecked")
        ComboBox<Channel> kept = _get(ComboBox.class, spec -> spec.withLabel("Channel"));
        assertThat(kept.getValue().id()).isEqualTo(fax);
        assertThat(ComboBoxKt.getSuggestionItems(kept))
                .extracting(Channel::name)
                .containsExactly("Fax", "LinkedIn");
    }

    @Test
    void theCounterCountsAsTheChannelDoesAndTurnsRedPastItsLimit() {
        long x = data.channel("X", ChannelKind.SOCIAL, 280, CopyCounting.X_WEIGHTED);
        signIn(data.person("max", Role.MARKETER));
        open("tactics/new?channel=" + x);

        var copy = copyField();
        assertThat(copy.getHelperText()).isEqualTo(CopyCounting.X_WEIGHTED.rule());
        _setValue(copy, "Hello 👋");
        assertThat(counter().getText()).as("X counts an emoji as 2").isEqualTo("8 / 280");
        assertThat(copy.isInvalid()).isFalse();
        assertThat(counter().getElement().getAttribute("aria-invalid")).isEqualTo("false");

        _setValue(copy, "a".repeat(281));
        assertThat(counter().getText()).isEqualTo("281 / 280");
        assertThat(copy.isInvalid()).isTrue();
        assertThat(counter().getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(copy.getErrorMessage()).startsWith("X takes at most 280 characters; this copy has 281");

        _setValue(copy, "Short again");
        assertThat(counter().getText()).isEqualTo("11 / 280");
        assertThat(copy.isInvalid()).isFalse();
    }

    @Test
    void thePolicyMustBeTickedBeforeADraftGoesToReview() {
        long post = tactic("My first post", TacticStatus.DRAFT);
        signIn(author);
        openTactic(post);

        var send = stepButton("Send to review");
        assertThat(send.isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("policy-hint"))
                        .getText())
                .isEqualTo("Tick every item of the social policy first to “Send to review”.");
        List<Checkbox> boxes = policyBoxes();
        assertThat(boxes).hasSize(socialPolicy.activeItems().size()).isNotEmpty();
        boxes.forEach(box -> _setValue(box, true));
        assertThat(send.isEnabled()).isTrue();

        _click(send);

        assertThat(tactics.tactic(post).status()).isEqualTo(TacticStatus.IN_REVIEW);
        assertThat(tactics.policyTicks(post)).hasSize(boxes.size());
    }

    @Test
    void changingTheCopyUnticksThePolicy() {
        long post = tactic("Ticked already", TacticStatus.DRAFT);
        data.tickPolicy(post);
        signIn(author);
        openTactic(post);
        assertThat(policyBoxes()).allMatch(Checkbox::getValue);
        assertThat(stepButton("Send to review").isEnabled()).isTrue();

        _setValue(copyField(), "New words");

        assertThat(policyBoxes()).noneMatch(Checkbox::getValue);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("policy-note"))
                        .getText())
                .isEqualTo("The copy changed: tick the policy again");
        assertThat(stepButton("Send to review").isEnabled()).isFalse();
    }

    @Test
    void aStepWithUnsavedChangesSavesThemFirst() {
        long post = tactic("Before", TacticStatus.DRAFT);
        signIn(author);
        openTactic(post);

        _setValue(titleField(), "After");
        _setValue(copyField(), "The words that go out");
        policyBoxes().forEach(box -> _setValue(box, true));
        _click(stepButton("Send to review"));

        var saved = tactics.tactic(post);
        assertThat(saved.title()).isEqualTo("After");
        assertThat(saved.body()).isEqualTo("The words that go out");
        assertThat(saved.status()).isEqualTo(TacticStatus.IN_REVIEW);
    }

    @Test
    void copyAndCommentsWithMarkupStayText() {
        long post = tactic("Markup", TacticStatus.DRAFT);
        signIn(author);
        openTactic(post);

        _setValue(copyField(), XSS);
        var preview = _get(Pre.class, spec -> spec.withClasses("copy-preview-text"));
        assertThat(preview.getText()).isEqualTo(XSS);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Comment")), XSS);
        _click(_get(Button.class, spec -> spec.withText("Comment")));

        assertThat(coaching.thread(post)).extracting(c -> c.body()).containsExactly(XSS);
        assertThat(_get(Div.class, spec -> spec.withClasses("comment-body")).getText())
                .isEqualTo(XSS);
        assertThat(elements(UI.getCurrent().getElement()))
                .as("nothing typed became an element")
                .noneMatch(e -> List.of("script", "img", "b").contains(e.getTag()))
                .noneMatch(e -> e.getProperty("innerHTML") != null);
    }

    @Test
    void anOwnCommentCanBeChangedRightAfterWritingIt() {
        long post = tactic("Typos happen", TacticStatus.DRAFT);
        signIn(author);
        openTactic(post);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Comment")), "Teh date is fixed");
        _click(_get(Button.class, spec -> spec.withText("Comment")));

        _click(_get(Button.class, spec -> spec.withText("Edit")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), "The date is fixed");
        _click(_get(Button.class, spec -> spec.withText("Save comment")));

        assertThat(_get(Div.class, spec -> spec.withClasses("comment-body")).getText())
                .isEqualTo("The date is fixed");
        assertThat(_get(Span.class, spec -> spec.withClasses("comment-edited")).getText())
                .contains("edited");
    }

    @Test
    void aDoubleClickedSaveSavesOneTacticAndTheAddressBecomesItsOwn() {
        signIn(data.person("max", Role.MARKETER));
        open("tactics/new");
        _setValue(titleField(), "Clicked twice");
        Button save = _get(Button.class, spec -> spec.withText("Save"));
        assertThat(save.isDisableOnClick()).isTrue();

        // both clicks arrive in one request, as a quick double click does
        ComponentUtil.fireEvent(save, new ClickEvent<>(save, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
        ComponentUtil.fireEvent(save, new ClickEvent<>(save, true, 0, 0, 0, 0, 2, 0, false, false, false, false));

        assertThat(data.tacticCount()).isEqualTo(1);
        long id = tactics.unalignedIdeas(1).getFirst().id();
        assertThat(currentUrl()).isEqualTo("tactics/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Edit tactic");
    }

    @Test
    void anOverlongTitleIsRefusedWithWordsAndKeptAsTyped() {
        signIn(author);
        open("tactics/new");
        var title = titleField();
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
    void theServersRefusalShowsNextToItsField() {
        long post = tactic("A long one", TacticStatus.DRAFT);
        signIn(data.person("max", Role.MARKETER));
        openTactic(post);

        var end = _get(DateTimePicker.class, spec -> spec.withLabel("Ends (optional)"));
        _setValue(end, LocalDateTime.parse("2027-04-30T09:00:00"));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage())
                .isEqualTo("A tactic can last at most 31 days; plan longer efforts as a campaign");
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
                .isEqualTo("There is no 2:30\u202FAM on Mar 28, 2027 in Europe/Berlin: the clocks go forward from "
                        + "2:00\u202FAM to 3:00\u202FAM. Choose another time, such as 3:30\u202FAM.");
        assertThat(tactics.tactic(post).scheduledStart()).isEqualTo(Instant.parse("2027-03-01T09:00:00Z"));
    }

    @Test
    void anIdeaKeepsItsDateAsideUntilItServesAStrategy() {
        signIn(data.person("max", Role.MARKETER));
        open("tactics/new?date=2027-03-16");

        var start = _get(DateTimePicker.class, spec -> spec.withLabel("Goes out (UTC)"));
        assertThat(start.getValue()).isNull();
        assertThat(start.isEnabled()).isFalse();
        assertThat(start.getHelperText()).isEqualTo("Goes out Tue, Mar 16, 9:00\u202FAM once it serves a strategy");
        assertThat(statusText()).isEqualTo("Idea");
        @SuppressWarnings("unchecked")
        ComboBox<TacticParent> serves = _get(ComboBox.class, spec -> spec.withLabel("Serves"));
        _setValue(serves, serves.getListDataView().getItems().findFirst().orElseThrow());

        assertThat(start.getValue()).isEqualTo(LocalDateTime.parse("2027-03-16T09:00:00"));
        assertThat(statusText()).isEqualTo("Draft");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-hint"))
                        .getText())
                .startsWith("Now a draft");
    }

    @Test
    void theComposerListsTheInsightsBehindTheTacticAsLinksToThem() {
        long post = tactic("Answer the forecast question", TacticStatus.DRAFT);
        long other = tactic("Unrelated", TacticStatus.DRAFT);
        long heard = data.insight(
                "Three customers asked how the forecast treats <b>two</b> currencies",
                InsightKind.QUESTION,
                LocalDate.of(2027, 2, 3),
                author.personId());
        data.linkInsightToTactic(heard, post, author.personId());
        signIn(author);

        openTactic(post);
        var behind = _get(InsightsBehind.class);
        var link = _get(behind, RouterLink.class);
        assertThat(link.getText())
                .as("plain text, never markup")
                .isEqualTo("Three customers asked how the forecast treats <b>two</b> currencies");
        assertThat(link.getHref()).isEqualTo("insights/" + heard);
        assertThat(_get(behind, Span.class, spec -> spec.withClasses("insights-behind-meta"))
                        .getText())
                .isEqualTo("Question · A customer call · Feb 3, 2027");

        openTactic(other);
        assertThat(_find(_get(InsightsBehind.class), RouterLink.class)).isEmpty();
        assertThat(_get(InsightsBehind.class).getElement().getTextRecursively())
                .contains("No insight is linked to this tactic.");
    }

    @Test
    void aTacticOfADisabledOwnerStillShowsItsOwnerAndSavesWithoutHandingItOver() {
        long post = tactic("Left behind", TacticStatus.DRAFT);
        peopleData.disable(author.personId());
        signIn(data.person("max", Role.MARKETER));
        openTactic(post);

        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> owner = _get(ComboBox.class, spec -> spec.withLabel("Owner"));
        assertThat(owner.getValue().id()).isEqualTo(author.personId());
        assertThat(owner.getValue().displayName()).endsWith(" (disabled)");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Left behind, still planned");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(tactics.tactic(post).title()).isEqualTo("Left behind, still planned");
        assertThat(tactics.tactic(post).ownerId()).isEqualTo(author.personId());

        open("tactics/new");
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> newOwner = _get(ComboBox.class, spec -> spec.withLabel("Owner"));
        assertThat(newOwner.getListDataView().getItems().map(PersonSummary::id))
                .as("a new tactic is not offered to a disabled person")
                .doesNotContain(author.personId());
    }

    @Test
    void aGermanPlannerReadsThePendingDateTheGermanWay() {
        signIn(data.inLocale(data.person("mara", Role.MARKETER), Locale.GERMANY));
        open("tactics/new?date=2027-03-16");

        var start = _get(DateTimePicker.class, spec -> spec.withLabel("Goes out (UTC)"));
        assertThat(start.getHelperText()).isEqualTo("Goes out Di., 16. März, 09:00 once it serves a strategy");
        assertThat(start.getLocale()).isEqualTo(Locale.GERMANY);
    }

    @Test
    void theParentPickerFindsAnyPartOfThePath() {
        var planner = data.person("pia", Role.STRATEGIST);
        long other = data.strategy(data.objective("Retain", planner.personId()), "Onboarding", planner.personId());
        data.campaign(other, "Spring webinars", app.throughline.plan.Intent.CAMPAIGN, planner.personId());
        signIn(data.person("max", Role.MARKETER));
        open("tactics/new");
        @SuppressWarnings("unchecked")
        ComboBox<TacticParent> serves = _get(ComboBox.class, spec -> spec.withLabel("Serves"));

        ComboBoxKt.setUserInput(serves, "webinars");
        assertThat(ComboBoxKt.getSuggestions(serves)).containsExactly("Retain › Onboarding › Spring webinars");
        ComboBoxKt.setUserInput(serves, "retain onboard");
        assertThat(ComboBoxKt.getSuggestions(serves))
                .containsExactlyInAnyOrder("Retain › Onboarding", "Retain › Onboarding › Spring webinars");
        ComboBoxKt.setUserInput(serves, "voice");
        assertThat(ComboBoxKt.getSuggestions(serves)).containsExactly("Grow › Voice");
    }

    // --- conflicts and leaving ------------------------------------------------------------------------

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndOffersAReload() {
        long post = tactic("Original", TacticStatus.DRAFT);
        var marketer = data.person("max", Role.MARKETER);
        signIn(marketer);
        openTactic(post);
        tactics.reschedule(post, 0, Instant.parse("2027-03-05T10:00:00Z")); // a colleague, meanwhile

        _setValue(titleField(), "Mine");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var problem = _get(Div.class, spec -> spec.withClasses("form-problem"));
        assertThat(problem.getText()).contains("changed by someone else").contains("not saved");
        assertThat(tactics.tactic(post).title()).isEqualTo("Original");
        _click(_get(problem, Button.class, spec -> spec.withText("Reload")));
        assertThat(titleField().getValue()).isEqualTo("Original");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        long post = tactic("Keep me", TacticStatus.DRAFT);
        signIn(data.person("max", Role.MARKETER));
        openFromCalendar(post);
        _setValue(titleField(), "Half-typed");

        _click(_get(Button.class, spec -> spec.withText("Close")));
        var ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).isEqualTo("Discard changes?");
        assertThat(currentUrl()).isEqualTo("tactics/" + post);
        ConfirmDialogKt._fireCancel(ask);
        assertThat(currentUrl()).as("kept editing").isEqualTo("tactics/" + post);
        assertThat(titleField().getValue()).isEqualTo("Half-typed");

        _click(_get(Button.class, spec -> spec.withText("Close")));
        List<ConfirmDialog> asked = _find(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(asked.getLast());

        assertThat(currentUrl())
                .as("back on the calendar it came from")
                .startsWith("?")
                .contains("view=month");
        assertThat(tactics.tactic(post).title()).isEqualTo("Keep me");
    }

    @Test
    void leavingWithoutChangesAsksNothing() {
        long post = tactic("Just looking", TacticStatus.DRAFT);
        signIn(data.person("max", Role.MARKETER));
        openTactic(post);

        open("plan");

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(currentUrl()).isEqualTo("plan");
    }

    @Test
    void clickingATacticOnTheCalendarOpensItInTheComposer() {
        long post = tactic("On the calendar", TacticStatus.DRAFT);
        signIn(data.person("max", Role.MARKETER));

        openFromCalendar(post);

        assertThat(currentUrl()).isEqualTo("tactics/" + post);
        assertThat(titleField().getValue()).isEqualTo("On the calendar");
    }

    @Test
    void deletingAsksAndThenLeadsBack() {
        long post = tactic("Doomed", TacticStatus.DRAFT);
        signIn(data.person("max", Role.MARKETER));
        openFromCalendar(post);

        _click(_get(Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(data.tacticCount()).isZero();
        assertThat(currentUrl()).startsWith("?");
    }

    // --- helpers ----------------------------------------------------------------------------------

    private long tactic(String title, TacticStatus status) {
        return data.tactic(
                strategy, null, title, channel, Instant.parse("2027-03-01T09:00:00Z"), null, status, author.personId());
    }

    private void openTactic(long id) {
        open("tactics/" + id);
    }

    private void openFromCalendar(long id) {
        open("?view=month&date=2027-03-01");
        var calendar = _get(FullCalendar.class);
        ComponentUtil.fireEvent(calendar, new FullCalendar.EventClick(calendar, true, id));
    }

    private TextField titleField() {
        return _get(TextField.class, spec -> spec.withLabel("Title"));
    }

    private TextArea copyField() {
        return _get(TextArea.class, spec -> spec.withLabel("Copy"));
    }

    private Span counter() {
        return _get(Span.class, spec -> spec.withClasses("copy-counter"));
    }

    private String statusText() {
        return _get(Span.class, spec -> spec.withClasses("tactic-status")).getText();
    }

    private List<String> stepButtons() {
        return _find(_get(Section.class, spec -> spec.withClasses("next-steps")), Button.class).stream()
                .map(Button::getText)
                .toList();
    }

    private Button stepButton(String label) {
        return _get(
                _get(Section.class, spec -> spec.withClasses("next-steps")),
                Button.class,
                spec -> spec.withText(label));
    }

    private boolean visibleButton(String text) {
        return _find(Button.class, spec -> spec.withText(text)).stream().anyMatch(Component::isVisible);
    }

    private List<Checkbox> policyBoxes() {
        return _find(_get(Section.class, spec -> spec.withClasses("policy-checklist")), Checkbox.class);
    }

    private List<String> historyLines() {
        return _find(_get(Section.class, spec -> spec.withClasses("tactic-history")), ListItem.class).stream()
                .map(line -> line.getElement().getTextRecursively())
                .toList();
    }

    private static List<Element> elements(Element root) {
        var all = new ArrayList<Element>();
        root.getChildren().forEach(child -> {
            all.add(child);
            all.addAll(elements(child));
        });
        return all;
    }

    private static String currentUrl() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}

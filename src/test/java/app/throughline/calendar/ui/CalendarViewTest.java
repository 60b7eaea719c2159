package app.throughline.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.calendar.CalendarEntry;
import app.throughline.calendar.CalendarPeriod.Layout;
import app.throughline.channel.Channel;
import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.plan.TacticParent;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.tactic.UnalignedIdea;
import app.throughline.testing.SentToBrowser;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CalendarViewTest extends ViewTestBase {

    @Autowired
    TacticService tactics;

    CurrentUser marketer;
    long linkedIn;
    long newsletter;
    long post;
    long strategy;

    @BeforeEach
    void setUp() {
        marketer = data.person("max", Role.MARKETER);
        linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL);
        newsletter = data.channel("Newsletter", ChannelKind.OWNED);
        strategy = data.strategy(data.objective("Grow", marketer.personId()), "Voice", marketer.personId());
        post = data.tactic(
                strategy,
                null,
                "3 signs your forecast is wrong",
                linkedIn,
                Instant.parse("2027-03-02T09:00:00Z"),
                null,
                TacticStatus.SCHEDULED,
                marketer.personId());
        data.tactic(
                strategy,
                null,
                "March digest",
                newsletter,
                Instant.parse("2027-03-10T07:00:00Z"),
                null,
                TacticStatus.DRAFT,
                marketer.personId());
        data.tactic(
                strategy,
                null,
                "April digest",
                newsletter,
                Instant.parse("2027-04-20T07:00:00Z"),
                null,
                TacticStatus.DRAFT,
                marketer.personId());
    }

    @Test
    void theCalendarShowsEveryChannelOfTheMonthInTheURL() {
        signIn(marketer);
        open("?view=month&date=2027-03-01");

        assertThat(shownTitles())
                .containsExactly("LinkedIn · 3 signs your forecast is wrong", "Newsletter · March digest");
        assertThat(shown().getFirst()).isEqualTo("dayGridMonth");
        assertThat(_get(H1.class, spec -> spec.withClasses("calendar-title")).getText())
                .isEqualTo("March 2027");
    }

    @Test
    void aFilterChangesWhatTheCalendarReceivesAndLandsInTheURL() {
        signIn(marketer);
        open("?view=month&date=2027-03-01");

        @SuppressWarnings("unchecked")
        ComboBox<Channel> channel = _get(ComboBox.class, spec -> spec.withLabel("Channel"));
        _setValue(
                channel,
                channel.getListDataView()
                        .getItems()
                        .filter(c -> c.name().equals("Newsletter"))
                        .findFirst()
                        .orElseThrow());

        assertThat(shownTitles()).containsExactly("Newsletter · March digest");
        assertThat(currentUrl()).contains("channel=" + newsletter).contains("date=2027-03-01");
    }

    @Test
    void aSharedLinkOpensTheSamePeriodFiltersAndColouring() {
        signIn(marketer);
        open("?view=week&date=2027-03-03&channel=" + linkedIn + "&colour=objective");

        assertThat(shown().getFirst()).isEqualTo("timeGridWeek");
        assertThat(_get(H1.class, spec -> spec.withClasses("calendar-title")).getText())
                .isEqualTo("Week of Mar 1, 2027");
        @SuppressWarnings("unchecked")
        ComboBox<Channel> channel = _get(ComboBox.class, spec -> spec.withLabel("Channel"));
        assertThat(channel.getValue().name()).isEqualTo("LinkedIn");
        @SuppressWarnings("unchecked")
        Select<ColourBy> colour = _get(Select.class, spec -> spec.withValue(ColourBy.OBJECTIVE));
        assertThat(colour.getValue()).isEqualTo(ColourBy.OBJECTIVE);
        assertThat(shownTitles()).containsExactly("LinkedIn · 3 signs your forecast is wrong");
        assertThat(currentUrl())
                .contains("view=week")
                .contains("channel=" + linkedIn)
                .contains("colour=objective");
    }

    @Test
    void nextMovesToTheNextMonthAndTheUrlFollows() {
        signIn(marketer);
        open("?view=month&date=2027-03-01");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Next")));

        assertThat(shownTitles()).containsExactly("Newsletter · April digest");
        assertThat(currentUrl()).contains("date=2027-04-01");
        @SuppressWarnings("unchecked")
        Select<Layout> view = _get(Select.class, spec -> spec.withValue(Layout.MONTH));
        assertThat(view.getValue()).isEqualTo(Layout.MONTH);
    }

    @Test
    void droppingATacticOnAnotherDaySavesItAtOnce() {
        signIn(marketer);
        open("?view=month&date=2027-03-01");

        drop(post, "2027-03-04T09:00:00", 0);

        assertThat(tactics.tactic(post).scheduledStart()).isEqualTo(Instant.parse("2027-03-04T09:00:00Z"));
        assertThat(event("t" + post).get("start").asString()).isEqualTo("2027-03-04T09:00");
        NotificationsKt.expectNotifications("Moved “3 signs your forecast is wrong” to Thu, Mar 4, 9:00\u202FAM");
    }

    @Test
    void aViewerInBerlinSeesAndMovesTacticsInBerlinTime() {
        signIn(data.person("berlin", ZoneId.of("Europe/Berlin"), Role.MARKETER));
        open("?view=month&date=2027-03-01");
        // 09:00 UTC is 10:00 in Berlin in winter time
        assertThat(event("t" + post).get("start").asString()).isEqualTo("2027-03-02T10:00");

        // dropped on Monday 29 March at 10:00 Berlin time, after the change to summer time (UTC+2)
        drop(post, "2027-03-29T10:00:00", 0);

        assertThat(tactics.tactic(post).scheduledStart()).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
    }

    @Test
    void aMoveByAContributorOfSomeoneElsesTacticIsRefusedAndSnapsBack() {
        signIn(data.person("conor", Role.CONTRIBUTOR));
        open("?view=month&date=2027-03-01");
        assertThat(event("t" + post).get("startEditable").asBoolean()).isFalse();

        drop(post, "2027-03-04T09:00:00", 0);

        NotificationsKt.expectNotifications("You can only move your own tactics");
        assertThat(tactics.tactic(post).scheduledStart()).isEqualTo(Instant.parse("2027-03-02T09:00:00Z"));
        assertThat(event("t" + post).get("start").asString()).isEqualTo("2027-03-02T09:00");
    }

    @Test
    void aMoveBasedOnAnOutdatedCalendarIsRefusedAndTheCurrentStateShown() {
        signIn(marketer);
        open("?view=month&date=2027-03-01");
        tactics.reschedule(post, 0, Instant.parse("2027-03-05T10:00:00Z")); // someone else, meanwhile

        drop(post, "2027-03-04T09:00:00", 0);

        NotificationsKt.expectNotifications("“3 signs your forecast is wrong” was changed by someone else while "
                + "you were editing it. Your changes were not saved: reload to see the current version, then edit "
                + "again.");
        assertThat(event("t" + post).get("start").asString()).isEqualTo("2027-03-05T10:00");
    }

    @Test
    void clickingADayPlansATacticThereOnceItServesAStrategy() {
        signIn(marketer);
        open("?view=month&date=2027-03-01");

        ComponentUtil.fireEvent(calendar(), new FullCalendar.DateClick(calendar(), true, "2027-03-16T00:00:00", true));
        var start = _get(DateTimePicker.class, spec -> spec.withLabel("Goes out (UTC)"));
        assertThat(start.getValue()).as("an idea has no date yet").isNull();
        assertThat(start.isEnabled()).isFalse();
        assertThat(start.getHelperText()).isEqualTo("Goes out Tue, Mar 16, 9:00\u202FAM once it serves a strategy");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Cash-flow checklist");
        @SuppressWarnings("unchecked")
        ComboBox<TacticParent> serves = _get(ComboBox.class, spec -> spec.withLabel("Serves"));
        _setValue(serves, serves.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(start.getValue()).isEqualTo(LocalDateTime.parse("2027-03-16T09:00:00"));
        assertThat(_get(Span.class, spec -> spec.withClasses("tactic-status")).getText())
                .isEqualTo("Draft");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-hint"))
                        .getText())
                .startsWith("Now a draft");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        NotificationsKt.expectNotifications("Saved “Cash-flow checklist” (draft)");

        open("?view=month&date=2027-03-01");
        assertThat(shownTitles()).contains("LinkedIn · Cash-flow checklist");
    }

    @Test
    void planATacticSavesWithItsDefaultsAsAnIdea() {
        signIn(marketer);
        open("?view=month&date=2027-03-01");

        _click(_get(Button.class, spec -> spec.withText("Plan a tactic")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Office dog on Fridays");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(currentUrl()).as("the composer shows the saved idea").startsWith("tactics/");
        assertThat(tactics.unalignedIdeas(10))
                .extracting(UnalignedIdea::title)
                .containsExactly("Office dog on Fridays");
        NotificationsKt.expectNotifications("Saved “Office dog on Fridays” (idea)");
    }

    @Test
    void planningWhileFilteredToACampaignPutsTheTacticUnderIt() {
        long campaign = data.campaign(strategy, "Spring webinars", Intent.CAMPAIGN, marketer.personId());
        signIn(marketer);
        open("?view=month&date=2027-03-01&campaign=" + campaign);

        ComponentUtil.fireEvent(calendar(), new FullCalendar.DateClick(calendar(), true, "2027-03-16T00:00:00", true));
        @SuppressWarnings("unchecked")
        ComboBox<TacticParent> serves = _get(ComboBox.class, spec -> spec.withLabel("Serves"));
        assertThat(serves.getValue().campaignId()).isEqualTo(campaign);
        assertThat(_get(DateTimePicker.class, spec -> spec.withLabel("Goes out (UTC)"))
                        .getValue())
                .isEqualTo(LocalDateTime.parse("2027-03-16T09:00:00"));
    }

    @Test
    void anExecutiveCanMoveNothing() {
        signIn(data.person("eva", Role.EXECUTIVE));
        open("?view=month&date=2027-03-01");

        assertThat(events()).isNotEmpty().allMatch(e -> !e.get("startEditable").asBoolean());
        drop(post, "2027-03-04T09:00:00", 0);
        assertThat(tactics.tactic(post).scheduledStart()).isEqualTo(Instant.parse("2027-03-02T09:00:00Z"));
    }

    @Test
    void aDayWithMoreThanTheGridDrawsShowsPlusNMoreWhichOpensTheDaysList() {
        for (int i = 1; i <= 4; i++) {
            data.tactic(
                    strategy,
                    null,
                    "Busy Tuesday " + i,
                    linkedIn,
                    Instant.parse("2027-03-02T1" + i + ":00:00Z"),
                    null,
                    TacticStatus.DRAFT,
                    marketer.personId());
        }
        signIn(marketer);
        open("?view=month&date=2027-03-01");

        assertThat(event("m2027-03-02").get("title").asString()).isEqualTo("+2 more");
        assertThat(shownTitles()).filteredOn(t -> t.contains("Tuesday")).hasSize(2);
        ComponentUtil.fireEvent(calendar(), new FullCalendar.DayOpen(calendar(), true, "2027-03-02"));

        assertThat(currentUrl()).contains("view=day").contains("date=2027-03-02");
        assertThat(_get(H1.class, spec -> spec.withClasses("calendar-title")).getText())
                .isEqualTo("Tuesday, March 2, 2027");
        @SuppressWarnings("unchecked")
        Grid<CalendarEntry> list = _get(Grid.class, spec -> spec.withClasses("tactic-list"));
        assertThat(GridKt._size(list))
                .as("every tactic of the day, the post at 09:00 too")
                .isEqualTo(5);
        assertThat(GridKt._getFormattedRow(list, 4)).contains("2:00\u202FPM", "Busy Tuesday 4", "Draft");
        assertThat(_find(FullCalendar.class)).as("no grid drawn").isEmpty();
    }

    @Test
    void theListLayoutHoldsEveryTacticOfTheMonthAndOpensOneFromItsRow() {
        signIn(marketer);
        open("?view=list&date=2027-03-01");

        @SuppressWarnings("unchecked")
        Grid<CalendarEntry> list = _get(Grid.class, spec -> spec.withClasses("tactic-list"));
        assertThat(GridKt._size(list)).isEqualTo(2);
        GridKt._selectRow(list, 0);

        assertThat(currentUrl()).isEqualTo("tactics/" + post);
        assertThat(_get(H1.class).getText()).isEqualTo("Edit tactic");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndOffersToClearIt() {
        signIn(marketer);
        open("?view=month&date=2027-03-01&channel=" + newsletter + "&status=published");

        var empty = _get(Paragraph.class, spec -> spec.withClasses("calendar-empty"));
        assertThat(empty.getText()).startsWith("No tactics match these filters in March 2027.");
        _click(_get(empty, Button.class, spec -> spec.withText("Clear filters")));

        assertThat(currentUrl()).doesNotContain("channel=").doesNotContain("status=");
        assertThat(shownTitles()).hasSize(2);
    }

    @Test
    void theFiltersInForceShowAsChipsAndAClickRemovesOne() {
        signIn(marketer);
        open("?view=month&date=2027-03-01&channel=" + newsletter);

        assertThat(_get(Button.class, spec -> spec.withText("Filters (1)")).isVisible())
                .isTrue();
        _click(_get(Button.class, spec -> spec.withText("Channel: Newsletter")));

        assertThat(currentUrl()).doesNotContain("channel=");
        assertThat(_get(Button.class, spec -> spec.withText("Filters")).isVisible())
                .isTrue();
    }

    @Test
    void theCalendarComesBackAsItWasLeftAfterAVisitToThePlan() {
        signIn(marketer);
        open("?view=week&date=2027-03-01&channel=" + linkedIn);
        open("plan");
        open("");

        assertThat(currentUrl()).contains("view=week").contains("channel=" + linkedIn);
        assertThat(shownTitles()).containsExactly("LinkedIn · 3 signs your forecast is wrong");
    }

    private FullCalendar calendar() {
        return _get(FullCalendar.class);
    }

    private void drop(long tacticId, String wallClock, int version) {
        ComponentUtil.fireEvent(calendar(), new FullCalendar.EventDrop(calendar(), true, tacticId, wallClock, version));
    }

    /** What the calendar was last told to draw: view, date, events. */
    private List<Object> shown() {
        return SentToBrowser.lastCall(calendar(), "show");
    }

    private List<JsonNode> events() {
        var all = new ArrayList<JsonNode>();
        JsonMapper.builder().build().readTree((String) shown().get(2)).forEach(all::add);
        return all;
    }

    private JsonNode event(String id) {
        return events().stream()
                .filter(e -> e.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private List<String> shownTitles() {
        return events().stream()
                .filter(e -> e.get("id").asString().startsWith("t"))
                .map(e -> e.get("title").asString())
                .toList();
    }

    private static String currentUrl() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}

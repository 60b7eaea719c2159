package app.throughline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.channel.ChannelKind;
import app.throughline.coaching.CoachingService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The menu's counts: what waits for a reviewer, and what was sent back to its author. */
class MainLayoutBadgeTest extends ViewTestBase {

    @Autowired
    CoachingService coaching;

    @Autowired
    TacticService tactics;

    CurrentUser coach;
    CurrentUser author;
    long first;
    long second;

    @BeforeEach
    void setUp() {
        coach = data.person("cora", Role.COACH);
        author = data.person("carl", Role.CONTRIBUTOR);
        long channel = data.channel("Newsletter", ChannelKind.OWNED);
        long strategy = data.strategy(data.objective("Grow", coach.personId()), "Voice", coach.personId());
        Instant now = Instant.now();
        first = data.inReview(strategy, "First", channel, author.personId(), null, now.minus(Duration.ofDays(2)));
        second = data.inReview(strategy, "Second", channel, author.personId(), null, now.minus(Duration.ofDays(1)));
    }

    @Test
    void aCoachSeesHowManyWaitAndTheCountFollowsASendBack() {
        signIn(coach);
        open("review");
        assertThat(badge("Review")).isEqualTo("2 waiting for review");
        assertThat(visibleCount("Review")).isEqualTo("2");

        @SuppressWarnings("unchecked")
        Grid<Object> queue = _get(Grid.class, spec -> spec.withClasses("review-queue"));
        _click(_get(GridKt._getCellComponent(queue, 0, "actions"), Button.class, spec -> spec.withText("Send back")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What to change")), "Shorter, please");
        _click(_find(Button.class, spec -> spec.withText("Send back")).getLast());

        assertThat(badge("Review")).isEqualTo("1 waiting for review");
    }

    @Test
    void aContributorSeesTheirSentBackTacticsOnTheCalendarItem() {
        signIn(author);
        open("");
        assertThat(item("Review")).as("a contributor has no review queue").isNull();
        assertThat(badge("Calendar")).as("nothing sent back yet").isNull();

        signIn(coach);
        coaching.sendBack(first, tactics.tactic(first).version(), "Check the date");

        signIn(author);
        // the layout is built once per tab; a step taken elsewhere shows at its next refresh
        MenuBadges.refresh();
        assertThat(badge("Calendar")).isEqualTo("1 of your tactics sent back");
    }

    @Test
    void nothingWaitingShowsNoBadge() {
        CurrentUser marketer = data.person("max", Role.MARKETER);
        signIn(marketer);
        for (long id : List.of(first, second)) {
            tactics.changeStatus(id, tactics.tactic(id).version(), TacticStatus.APPROVED);
        }
        open("");

        assertThat(item("Review")).isNotNull();
        assertThat(badge("Review")).isNull();
    }

    private static @Nullable SideNavItem item(String label) {
        List<SideNavItem> items = _find(SideNavItem.class).stream()
                .filter(i -> label.equals(i.getLabel()))
                .toList();
        return items.isEmpty() ? null : items.getFirst();
    }

    /** What a screen reader hears on the item's badge, or null when it has none. */
    private static @Nullable String badge(String label) {
        SideNavItem item = item(label);
        assertThat(item).as(label).isNotNull();
        Component suffix = item.getSuffixComponent();
        if (suffix == null) {
            return null;
        }
        return _get(suffix, Span.class, spec -> spec.withClasses("tl-sr-only")).getText();
    }

    private static String visibleCount(String label) {
        Component suffix = item(label).getSuffixComponent();
        return suffix.getChildren().findFirst().map(c -> ((Span) c).getText()).orElseThrow();
    }
}

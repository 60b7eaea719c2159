package app.throughline.feed.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.feed.CalendarFeed;
import app.throughline.feed.FeedService;
import app.throughline.feed.Tokens;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Calendar feeds" on the profile page: create (shown once), list, revoke. */
class FeedsSectionTest extends ViewTestBase {

    @Autowired
    FeedService feeds;

    CurrentUser me;

    @BeforeEach
    void openProfile() {
        me = data.person("me", Role.EXECUTIVE);
        signIn(me);
        open("profile");
    }

    @Test
    void aNewFeedsAddressIsShownOnceWithACopyButtonAndListed() {
        assertThat(_get(H2.class, spec -> spec.withText("Calendar feeds"))).isNotNull();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Feed name")), "Work calendar");
        _click(_get(Button.class, spec -> spec.withText("Create feed")));

        String url =
                _get(TextField.class, spec -> spec.withLabel("Feed address")).getValue();
        assertThat(url).matches("https?://.+/feed/[A-Za-z0-9_-]{" + Tokens.LENGTH + "}\\.ics");
        assertThat(_get(Button.class, spec -> spec.withText("Copy"))).isNotNull();
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(feeds.owner(token)).isPresent();
        _click(_get(Button.class, spec -> spec.withText("Done")));

        @SuppressWarnings("unchecked")
        Grid<CalendarFeed> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Work calendar", "My tactics");
    }

    @Test
    void aFilterFeedNeedsAnAddressWithFiltersAndSaysSoNextToTheField() {
        var address = _get(TextField.class, spec -> spec.withLabel("Calendar address (optional)"));
        _setValue(address, "http://localhost:8080/?view=week");
        _click(_get(Button.class, spec -> spec.withText("Create feed")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).contains("no calendar filter");
        assertThat(feeds.mine()).isEmpty();
    }

    @Test
    void revokingAFeedAsksFirstAndRemovesIt() {
        String token = feeds.create("Old", null).token();
        open("profile");

        @SuppressWarnings("unchecked")
        Grid<CalendarFeed> grid = _get(Grid.class);
        _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(feeds.mine()).isEmpty();
        assertThat(feeds.owner(token)).isEmpty();
    }
}

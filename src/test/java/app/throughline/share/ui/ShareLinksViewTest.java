package app.throughline.share.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.share.ShareLink;
import app.throughline.share.ShareLinkService;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The share-link page: create a link (shown once), see all with their creator; who may open it. */
class ShareLinksViewTest extends ViewTestBase {

    @Autowired
    ShareLinkService links;

    @Test
    void aStrategistCreatesALinkFromACalendarAddressAndSeesItListedWithTheirName() {
        CurrentUser sam = data.person("sam", Role.STRATEGIST);
        signIn(sam);
        open("share-links?calendar="
                + java.net.URLEncoder.encode("http://h/?channel=4&view=week", java.nio.charset.StandardCharsets.UTF_8));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Calendar address"))
                        .getValue())
                .isEqualTo("http://h/?channel=4&view=week");
        _setValue(_get(TextField.class, spec -> spec.withLabel("For whom or what")), "Board <b>review</b>");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show the tactics' text")), true);
        _click(_get(Button.class, spec -> spec.withText("Create share link")));

        String url = _get(TextField.class, spec -> spec.withLabel("Share link")).getValue();
        assertThat(url).matches("https?://.+/shared/[A-Za-z0-9_-]{43}");
        _click(_get(Button.class, spec -> spec.withText("Done")));
        ShareLink link = links.list().getFirst();
        assertThat(link.filterQuery()).isEqualTo("channel=4");
        assertThat(link.showBodies()).isTrue();
        assertThat(link.expiresOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(30));
        @SuppressWarnings("unchecked")
        Grid<ShareLink> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("Board <b>review</b>", "channel=4", "Sam Tester", "Shown");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Share links");
    }

    @Test
    void aCoachContributorOrExecutiveMayNotOpenItAndHasNoMenuEntry() {
        for (Role role : new Role[] {Role.COACH, Role.CONTRIBUTOR, Role.EXECUTIVE}) {
            signIn(data.person("p" + role.name().toLowerCase(java.util.Locale.ROOT), role));
            open("share-links");
            assertThat(UI.getCurrent()
                            .getInternals()
                            .getActiveRouterTargetsChain()
                            .getFirst())
                    .isNotInstanceOf(ShareLinksView.class);
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                    .doesNotContain("Share links");
        }
    }
}

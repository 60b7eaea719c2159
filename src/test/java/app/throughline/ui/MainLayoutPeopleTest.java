package app.throughline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The menu's way to the people directory, and the user area's way to one's profile. */
class MainLayoutPeopleTest extends ViewTestBase {

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasPeopleInTheMenuAndAProfileLink(Role role) {
        signIn(data.person("me", role));
        open("");

        assertThat(_find(SideNavItem.class).stream().filter(item -> "People".equals(item.getLabel())))
                .singleElement()
                .satisfies(item -> assertThat(item.getPath()).isEqualTo("people"));
        assertThat(_get(RouterLink.class, spec -> spec.withText("Profile")).getHref())
                .isEqualTo("profile");
    }
}

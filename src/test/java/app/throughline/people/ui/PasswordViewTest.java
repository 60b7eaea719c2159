package app.throughline.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.calendar.ui.CalendarView;
import app.throughline.people.PeopleData;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Changing one's password, and the change forced on someone whose password an admin set. */
class PasswordViewTest extends ViewTestBase {

    static final String GOOD = "correct horse battery staple";

    @Autowired
    PeopleData peopleData;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    CurrentUserProvider currentUser;

    CurrentUser me;

    @BeforeEach
    void setUp() {
        me = data.person("me", Role.COACH);
    }

    @Test
    void changesThePasswordAndGoesBackToTheProfile() {
        signIn(me);
        open("profile/password");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("forced-change-note")))
                .isEmpty();

        fill("secret", GOOD, GOOD);

        NotificationsKt.expectNotifications("Your password is changed");
        assertThat(passwords.matches(GOOD, peopleData.passwordHash(me.personId())))
                .isTrue();
        assertThat(view()).isInstanceOf(ProfileView.class);
    }

    @Test
    void eachRuleIsSaidNextToItsField() {
        signIn(me);
        open("profile/password");

        fill("secret", GOOD, GOOD + "!");
        assertThat(field("Repeat the new password").getErrorMessage())
                .isEqualTo("The two new passwords are not the same");

        fill("wrong", GOOD, GOOD);
        assertThat(field("Current password").isInvalid()).isTrue();
        assertThat(field("Current password").getErrorMessage()).isEqualTo("This is not your current password");

        fill("secret", "short", "short");
        assertThat(field("New password").getErrorMessage()).isEqualTo("Use at least 12 characters");

        fill("secret", "Qwerty123456", "Qwerty123456");
        assertThat(field("New password").getErrorMessage()).contains("3,000 most common passwords");
        assertThat(passwords.matches("secret", peopleData.passwordHash(me.personId())))
                .isTrue();
    }

    @Test
    void someoneWhoseAdminSetTheirPasswordIsSentHereFromAnyPageAndThenGetsTheirRolesAndTheCalendar() {
        signIn(peopleData.mustChangePassword(me));

        open("review");
        assertThat(view()).isInstanceOf(PasswordView.class);
        open("people/me");
        assertThat(view()).isInstanceOf(PasswordView.class);
        open("");
        assertThat(view()).isInstanceOf(PasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("forced-change-note"))
                        .getText())
                .isEqualTo("An admin set your password; choose your own to continue.");

        assertThat(_find(SideNavItem.class))
                .as("no menu: nothing else would open")
                .isEmpty();
        assertThat(_find(RouterLink.class, spec -> spec.withText("Profile"))).isEmpty();

        fill("secret", GOOD, GOOD);

        assertThat(currentUser.get().mustChangePassword()).isFalse();
        assertThat(currentUser.get().roles()).containsExactly(Role.COACH);
        assertThat(view()).isInstanceOf(CalendarView.class);
        open("people/me");
        assertThat(view()).isInstanceOf(PersonView.class);
    }

    private static void fill(String current, String next, String repeat) {
        _setValue(field("Current password"), current);
        _setValue(field("New password"), next);
        _setValue(field("Repeat the new password"), repeat);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private static Object view() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}

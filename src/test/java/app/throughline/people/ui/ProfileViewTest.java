package app.throughline.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.people.Profile;
import app.throughline.people.ProfileService;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One's own profile: saved, it shows at once in the session and the page's language. */
class ProfileViewTest extends ViewTestBase {

    @Autowired
    CurrentUserProvider currentUser;

    @Autowired
    ProfileService profiles;

    CurrentUser me;

    @BeforeEach
    void setUp() {
        me = data.person("me", Role.EXECUTIVE);
        signIn(me);
        open("profile");
    }

    @Test
    void savesNameTopicsZoneAndLanguageAndTheLanguageChangesAtOnce() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Display name")), "Maya Meier");
        _setValue(topics(), Set.of("Pricing", "Retail"));
        _setValue(zone(), ZoneId.of("Europe/Berlin"));
        _setValue(locale(), Locale.GERMANY);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Saved your profile");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMANY);
        assertThat(currentUser.get().displayName()).isEqualTo("Maya Meier");
        assertThat(currentUser.get().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(profiles.mine().topics()).containsExactly("Pricing", "Retail");
    }

    @Test
    void aTooLongTopicIsSaidNextToTheFieldAndNothingIsSaved() {
        _setValue(topics(), Set.of("x".repeat(61)));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(topics().isInvalid()).isTrue();
        assertThat(topics().getErrorMessage()).contains("at most 60 characters");
        assertThat(profiles.mine().topics()).isEmpty();
    }

    @Test
    void aBlankNameIsSaidNextToTheField() {
        var name = _get(TextField.class, spec -> spec.withLabel("Display name"));
        _setValue(name, " ");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Display name is required");
    }

    @Test
    void aChangeMadeMeanwhileInAnotherTabIsNotOverwritten() {
        Profile read = profiles.mine();
        profiles.save(
                new Profile(read.personId(), read.login(), "Other tab", List.of(), read.zone(), null, read.version()));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Display name")), "This tab");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_get(Div.class, spec -> spec.withClasses("form-problem")).getText())
                .contains("changed by someone else");
        assertThat(profiles.mine().displayName()).isEqualTo("Other tab");
    }

    @Test
    void followMyBrowserIsTheEmptyChoice() {
        assertThat(locale().getValue()).isNull();
        assertThat(locale().getEmptySelectionCaption()).isEqualTo("Follow my browser");
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> topics() {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel("Expertise topics"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ZoneId> zone() {
        return _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> locale() {
        return _get(Select.class, spec -> spec.withLabel("Language and formats"));
    }
}

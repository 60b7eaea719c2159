package app.throughline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import com.vaadin.flow.server.VaadinRequest;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Whose locale a page is drawn in: the person's choice, else the browser's, else English. */
class ViewerLocaleTest {

    private static CurrentUser person(@Nullable Locale locale) {
        return new CurrentUser(
                1, "eva", "Eva", ZoneId.of("Europe/Stockholm"), Set.of(Role.EXECUTIVE), true, locale, false);
    }

    private static VaadinRequest browser(String acceptLanguage, Locale preferred) {
        var request = mock(VaadinRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn(acceptLanguage);
        when(request.getLocale()).thenReturn(preferred);
        return request;
    }

    @Test
    void thePersonsOwnChoiceWinsOverTheBrowser() {
        assertThat(ViewerLocale.resolve(person(Locale.forLanguageTag("sv-SE")), browser("en-US,en;q=0.8", Locale.US)))
                .isEqualTo(Locale.forLanguageTag("sv-SE"));
    }

    @Test
    void someoneWhoFollowsTheirBrowserGetsItsLanguage() {
        assertThat(ViewerLocale.resolve(person(null), browser("de-DE,de;q=0.9", Locale.GERMANY)))
                .isEqualTo(Locale.GERMANY);
    }

    @Test
    void withNeitherTheAppSpeaksEnglish() {
        var silent = mock(VaadinRequest.class);
        assertThat(ViewerLocale.resolve(person(null), silent)).isEqualTo(Locale.ENGLISH);
        assertThat(ViewerLocale.resolve(null, null)).isEqualTo(Locale.ENGLISH);
    }
}

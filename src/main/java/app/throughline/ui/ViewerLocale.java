package app.throughline.ui;

import app.throughline.security.CurrentUser;
import app.throughline.security.PersonPrincipal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which locale a UI is drawn in (DD016): the signed-in person's own choice; when they have none
 * (a new person, or one who chose "follow my browser"), the browser's preferred language from
 * the request; English when neither says anything. Set on every new UI, so a change of locale
 * on the profile shows from the next page load on ({@link #apply} does it at once for the UI
 * that saved it).
 */
public final class ViewerLocale {

    private ViewerLocale() {}

    /** Sets the locale of {@code ui} for whoever is signed in on this request. */
    public static void apply(UI ui) {
        ui.setLocale(resolve(signedIn(), VaadinRequest.getCurrent()));
    }

    /** Sets the locale of {@code ui} from a person's (possibly just changed) choice. */
    public static void apply(UI ui, @Nullable Locale chosen) {
        ui.setLocale(chosen != null ? chosen : resolve(null, VaadinRequest.getCurrent()));
    }

    static Locale resolve(@Nullable CurrentUser person, @Nullable VaadinRequest request) {
        if (person != null && person.locale() != null) {
            return person.locale();
        }
        if (request != null && request.getHeader("Accept-Language") != null && request.getLocale() != null) {
            return request.getLocale();
        }
        return Locale.ENGLISH;
    }

    private static @Nullable CurrentUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal
                ? principal.person()
                : null;
    }
}

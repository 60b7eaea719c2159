package app.throughline.people.ui;

import app.throughline.security.PersonPrincipal;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Sends a person who must replace an admin-set password to {@link PasswordView}, whatever they
 * open, before the view is built: they hold no role until they have changed it, so nothing else
 * would work for them anyway. A listener on every UI, so no view and no security rule needs to
 * know (DD014).
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    ForcedPasswordChange(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == PasswordView.class) {
            return;
        }
        boolean mustChange = authentication
                .getAuthenticatedUser(PersonPrincipal.class)
                .map(principal -> principal.person().mustChangePassword())
                .orElse(false);
        if (mustChange) {
            event.forwardTo(PasswordView.class);
        }
    }
}

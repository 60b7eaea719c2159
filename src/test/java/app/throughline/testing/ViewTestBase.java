package app.throughline.testing;

import app.throughline.security.CurrentUser;
import app.throughline.ui.ViewerLocale;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the browserless UI tests (Karibu Testing): the real views, services and database,
 * no browser. Tests find components the way a user does, by label, caption or text.
 */
public abstract class ViewTestBase extends ServiceTestBase {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.throughline");

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void startVaadin() {
        SentToBrowser.clear();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs {@code user} in for the services and for Vaadin's view access checks. */
    @Override
    protected void signIn(CurrentUser user) {
        super.signIn(user);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) ->
                user.roles().stream().anyMatch(r -> r.name().equals(role)));
        ViewerLocale.apply(UI.getCurrent()); // as a page load after signing in would
    }

    /** Opens a URL (route and optional query, such as {@code "plan"} or {@code "?view=week"}), as typing it would. */
    protected void open(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(url);
        } else {
            UI.getCurrent().navigate(url.substring(0, query), QueryParameters.fromString(url.substring(query + 1)));
        }
    }
}

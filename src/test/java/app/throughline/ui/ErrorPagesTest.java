package app.throughline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A refused page and a failure are explained inside the app, with a way back. (An unknown
 * address is tested in the browser, against the real router: Karibu's mock router does not
 * route to custom not-found views.)
 */
class ErrorPagesTest extends ViewTestBase {

    @Test
    void aPageTheRolesDoNotOpenSaysSoInsteadOfPretendingItDoesNotExist() {
        signIn(data.person("max", Role.MARKETER));
        open("test-admins-only");

        assertThat(_get(H1.class).getText()).isEqualTo("You may not open this");
        assertThat(_get(Paragraph.class).getText())
                .contains("/test-admins-only")
                .contains("ask an admin");
        assertThat(_get(MainLayout.class)).as("inside the app's frame").isNotNull();
        assertThat(_get(RouterLink.class, spec -> spec.withText("Back to the calendar"))
                        .getHref())
                .isEmpty();
    }

    @Test
    void aFailureNobodyHandledBecomesWordsNotAStackTrace() {
        signIn(data.person("max", Role.MARKETER));
        open("");
        var handler = VaadinSession.getCurrent().getErrorHandler();

        handler.error(new ErrorEvent(new CannotGetJdbcConnectionException("Connection is not available")));
        NotificationsKt.expectNotifications(
                "The database cannot be reached just now. Nothing was saved; try again " + "in a moment.");

        handler.error(new ErrorEvent(new IllegalStateException("a bug")));
        var shown = NotificationsKt.getNotifications().getLast();
        assertThat(shown.getElement().getProperty("text"))
                .matches("Something went wrong on our side \\(incident [0-9A-F]{8}\\)\\. "
                        + ".*tell your admin the incident number\\.")
                .doesNotContain("IllegalStateException");
        assertThat(UI.getCurrent()).isNotNull();
    }
}

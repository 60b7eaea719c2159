package app.throughline.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The sign-in page; Spring Security handles the form's POST to /login (with the CSRF token the
 * page carries) and comes back here with {@code ?error=<reason>} when it fails. The messages
 * never say whether a login exists.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Throughline")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var tagline = new Paragraph("Every tactic under a strategy, under a business objective.");
        tagline.addClassName("login-tagline");
        add(new H1("Throughline"), tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            String reason = parameters.get("error").stream().findFirst().orElse("");
            var i18n = LoginI18n.createDefault();
            var message = i18n.getErrorMessage();
            switch (reason) {
                case "locked" -> {
                    message.setTitle("Too many failed sign-ins");
                    message.setMessage("Wait a few minutes, then try again. If you forgot your password, ask an "
                            + "admin to reset it.");
                }
                case "unavailable" -> {
                    message.setTitle("The service is unavailable");
                    message.setMessage("Throughline cannot reach its database just now. Try again in a moment.");
                }
                case "expired" -> {
                    message.setTitle("The sign-in page had expired");
                    message.setMessage("It was open for a long time. Sign in again.");
                }
                case "disabled" -> {
                    // only after the right password, so this reveals nothing to a guesser
                    message.setTitle("This account is disabled");
                    message.setMessage("An admin has disabled it. Ask an admin if you need it again.");
                }
                case "ended" -> {
                    message.setTitle("You were signed out");
                    message.setMessage("An admin changed your account. Sign in again.");
                }
                default -> message.setTitle("Incorrect username or password");
            }
            login.setI18n(i18n);
            login.setError(true);
        }
    }
}

package app.throughline.ui;

import app.throughline.common.UserProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failure in the UI that no view handled ends up (a click, a value change, a
 * drop): it tells the person in words ({@link UserProblem}), never with a stack trace; an
 * unexpected failure carries an incident id that is also in the log.
 */
class AppErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        UserProblem problem = UserProblem.of(event.getThrowable());
        if (problem.kind() != UserProblem.Kind.UNEXPECTED) {
            log.info("Refused or failed in the UI: {}", problem.message());
        }
        Optional<UI> ui = event.getComponent().flatMap(Component::getUI).or(() -> Optional.ofNullable(UI.getCurrent()));
        // runs as soon as this request lets go of the session; nothing waits for it
        ui.ifPresent(current -> {
            var _ = current.access(() -> Notifications.problem(problem));
        });
    }
}

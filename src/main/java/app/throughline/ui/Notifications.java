package app.throughline.ui;

import app.throughline.common.UserProblem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's one way of telling people things in passing: saved, moved, refused, failed. */
public final class Notifications {

    private static final int SHORT = 4000;
    private static final int LONG = 8000;

    private Notifications() {}

    /** Something the person did worked: "Saved “…”". */
    public static void success(String message) {
        show(message, SHORT, NotificationVariant.LUMO_SUCCESS);
    }

    /** Worth knowing, nothing failed: "sent back to review because…". */
    public static void info(String message) {
        show(message, LONG, NotificationVariant.LUMO_CONTRAST);
    }

    /** What they wanted did not happen, and why. */
    public static void warning(String message) {
        show(message, LONG, NotificationVariant.LUMO_WARNING);
    }

    public static void error(String message) {
        show(message, LONG, NotificationVariant.LUMO_ERROR);
    }

    /** Shows a failure the way its kind deserves. */
    public static void problem(UserProblem problem) {
        switch (problem.kind()) {
            case CONFLICT, GONE, INVALID, REFUSED -> warning(problem.message());
            default -> error(problem.message());
        }
    }

    private static void show(String message, int duration, NotificationVariant variant) {
        Notification notification = Notification.show(message, duration, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}

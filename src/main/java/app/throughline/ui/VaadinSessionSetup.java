package app.throughline.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets up every Vaadin session and UI: the viewer's locale on each UI ({@link ViewerLocale}), the
 * app's error handler, and a real sign-out when a person has
 * been idle. Vaadin closes its own session after the idle timeout (vaadin.closeIdleSessions),
 * but an open tab's heartbeats keep the HTTP session, and with it the sign-in, alive; so when
 * Vaadin closes its session, the HTTP session goes too, and a reload asks to sign in again.
 */
@Component
class VaadinSessionSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(VaadinSessionSetup.class);

    private final Duration idleTimeout;

    /** @param idleTimeout how long a person may be idle before being signed out (seconds are honoured, unlike Tomcat's own minutes) */
    VaadinSessionSetup(@Value("${throughline.idle-timeout:30m}") Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> ViewerLocale.apply(init.getUI()));
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setErrorHandler(new AppErrorHandler());
            init.getSession().getSession().setMaxInactiveInterval((int) idleTimeout.toSeconds());
        });
        event.getSource().addSessionDestroyListener(destroy -> {
            WrappedSession http = destroy.getSession().getSession(); // null when the HTTP session itself expired
            if (http != null) {
                try {
                    http.invalidate();
                    log.info("Idle session closed; signed out");
                } catch (IllegalStateException alreadyInvalidated) {
                    // signed out meanwhile: nothing left to do
                }
            }
        });
    }
}

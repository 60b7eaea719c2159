package app.throughline.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open sessions of each signed-in person (Spring Security's {@link SessionRegistry}), and
 * ending them: when an admin disables a person, resets their password or changes their roles,
 * the person's sessions end once that change is committed, so a refused or rolled-back change
 * signs nobody out (docs/design-decisions/DD015-person-admin.md).
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Ends every open session of the person once the current transaction commits; nothing happens
     * if it rolls back. Must be called inside a transaction.
     */
    public void endAfterCommit(long personId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Sessions are ended after a commit: call this inside a transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endNow(personId);
            }
        });
    }

    /** The person's sessions that are still open (not ended). */
    public List<SessionInformation> open(long personId) {
        var open = new ArrayList<SessionInformation>();
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof PersonPrincipal person && person.person().personId() == personId) {
                open.addAll(registry.getAllSessions(principal, false));
            }
        }
        return open;
    }

    private void endNow(long personId) {
        // the next request of each session is refused and signed out (ConcurrentSessionFilter)
        open(personId).forEach(SessionInformation::expireNow);
    }
}

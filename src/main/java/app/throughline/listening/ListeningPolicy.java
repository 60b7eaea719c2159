package app.throughline.listening;

import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the listening log (docs/roles.md, "Listening"): everyone signed in reads;
 * everyone but a pure executive records insights and links them to tactics and strategies; an
 * insight is changed by whoever recorded it, or by an admin, strategist or marketer. The service
 * asks it before every write ({@code @PreAuthorize("@listeningPolicy.mayRecord()")}, then the row
 * rule), and the views ask it what to offer.
 */
@Component("listeningPolicy")
public class ListeningPolicy {

    private final CurrentUserProvider currentUser;

    ListeningPolicy(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person may record and link insights (for the service's role annotations). */
    public boolean mayRecord() {
        return mayRecord(currentUser.get());
    }

    public boolean mayRecord(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER, Role.COACH, Role.CONTRIBUTOR);
    }

    /** Linking and unlinking: anyone who may record (what an insight changed is everyone's to note). */
    public boolean mayLink(CurrentUser user) {
        return mayRecord(user);
    }

    /** Admins, strategists and marketers change anyone's insights. */
    public boolean mayEditAnyone(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER);
    }

    /** Whether the person may change this insight's text, source, day or kind. */
    public boolean mayEdit(CurrentUser user, Insight insight) {
        return mayEditAnyone(user) || (mayRecord(user) && insight.recordedById() == user.personId());
    }
}

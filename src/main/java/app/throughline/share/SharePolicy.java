package app.throughline.share;

import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import org.springframework.stereotype.Component;

/** Who may share the calendar (docs/roles.md, "Feeds and share links"); the service and the views ask it. */
@Component("sharePolicy")
public class SharePolicy {

    private final CurrentUserProvider currentUser;

    SharePolicy(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    /** Admins, strategists and marketers create, list and revoke share links. */
    public boolean mayShare() {
        return mayShare(currentUser.get());
    }

    public boolean mayShare(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER);
    }

    /** The creator revokes their own link; an admin anyone's. */
    public boolean mayRevoke(CurrentUser user, ShareLink link) {
        return mayShare(user) && (link.creatorId() == user.personId() || user.has(Role.ADMIN));
    }
}

package app.throughline.security;

import java.time.ZoneId;
import java.util.Set;

/**
 * The signed-in person as the services see them: who they are, what they may do, and the time
 * zone their dates are shown in.
 *
 * @param trained has completed the social-policy training ("direct dial": may approve their own tactics)
 */
public record CurrentUser(
        long personId, String login, String displayName, ZoneId zone, Set<Role> roles, boolean trained) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}

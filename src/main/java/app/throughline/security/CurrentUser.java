package app.throughline.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as the services see them: who they are, what they may do, and the time
 * zone their dates are shown in.
 *
 * @param trained has completed the social-policy training ("direct dial": may approve their own tactics)
 * @param locale the person's chosen locale, or null to follow the browser (DD016)
 * @param mustChangePassword signed in with a password an admin set; may do nothing but replace it
 */
public record CurrentUser(
        long personId,
        String login,
        String displayName,
        ZoneId zone,
        Set<Role> roles,
        boolean trained,
        @Nullable Locale locale,
        boolean mustChangePassword) {

    /** A person who follows the browser's locale and has their own password. */
    public CurrentUser(long personId, String login, String displayName, ZoneId zone, Set<Role> roles, boolean trained) {
        this(personId, login, displayName, zone, roles, trained, null, false);
    }

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

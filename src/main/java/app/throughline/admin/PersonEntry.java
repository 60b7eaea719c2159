package app.throughline.admin;

import app.throughline.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person as the admin keeps them.
 *
 * @param id null until created
 * @param login what they sign in with: 3 to 64 of a-z, 0-9, dot, underscore and hyphen; unique whatever its case;
 *     fixed once created
 * @param departmentId null for none
 * @param departmentName the department's name (read; not saved)
 * @param roles at least one
 * @param timeZone an IANA zone id ("Europe/Berlin"): their dates are shown in it
 * @param locale a BCP 47 tag ("de-DE"), or null to follow the browser
 * @param enabled may sign in (changed by disable and enable, not by a save)
 * @param mustChangePassword signed in with a password an admin was shown; must replace it first (read; not saved)
 */
public record PersonEntry(
        @Nullable Long id,
        String login,
        String displayName,
        @Nullable Long departmentId,
        @Nullable String departmentName,
        Set<Role> roles,
        String timeZone,
        @Nullable String locale,
        boolean enabled,
        boolean mustChangePassword,
        int version) {

    public static final int LOGIN_MIN = 3;
    public static final int LOGIN_MAX = 64;
    public static final int NAME_MAX = 120;
    public static final int LOCALE_MAX = 35;

    public PersonEntry {
        roles = Set.copyOf(roles);
    }

    /** A person not yet created, in {@code timeZone}. */
    public static PersonEntry blank(String timeZone) {
        return new PersonEntry(null, "", "", null, null, Set.of(), timeZone, null, true, false, 0);
    }
}

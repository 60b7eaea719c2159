package app.throughline.people;

import app.throughline.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person as the directory lists them.
 *
 * @param trainedOn the day they completed the social-policy training; null if they have not
 * @param tacticsNext30Days tactics they own scheduled in the next 30 days (not ideas, not cancelled)
 */
public record DirectoryEntry(
        long id,
        String login,
        String displayName,
        @Nullable String department,
        List<Role> roles,
        List<String> topics,
        @Nullable LocalDate trainedOn,
        int tacticsNext30Days,
        ZoneId zone) {}

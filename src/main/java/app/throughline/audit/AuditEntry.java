package app.throughline.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One admin change as the audit page lists it.
 *
 * @param changedBy the display name of the admin who made it
 * @param subjectId the id of the department, channel, policy item or person changed
 * @param before a readable summary of what it was ("name=Sales, communications team=no"); null for a creation
 * @param after what it became; null for a deletion
 */
public record AuditEntry(
        long id,
        Instant changedAt,
        String changedBy,
        AuditKind kind,
        long subjectId,
        AuditAction action,
        @Nullable String before,
        @Nullable String after) {}

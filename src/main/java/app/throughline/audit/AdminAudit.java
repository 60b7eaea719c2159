package app.throughline.audit;

import static app.throughline.db.Tables.ADMIN_AUDIT;
import static app.throughline.db.Tables.PERSON;

import app.throughline.security.CurrentUserProvider;
import java.time.Clock;
import java.util.List;
import java.util.StringJoiner;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records admin changes and reads them back. It opens no transaction of its own: a change is
 * recorded inside the transaction that makes it (so both are kept, or neither), and the audit is
 * read inside the admin service's, which checks the caller is an admin.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AdminAudit {

    private final DSLContext db;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    AdminAudit(DSLContext db, CurrentUserProvider currentUser, Clock clock) {
        this.db = db;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records that the signed-in person made a change, now; {@code before} and {@code after} are {@link #summary}s. */
    public void record(
            AuditKind kind, long subjectId, AuditAction action, @Nullable String before, @Nullable String after) {
        var a = ADMIN_AUDIT;
        db.insertInto(a)
                .set(a.KIND, kind.name())
                .set(a.SUBJECT_ID, subjectId)
                .set(a.ACTION, action.name())
                .set(a.CHANGED_BY, currentUser.get().personId())
                .set(a.CHANGED_AT, clock.instant())
                .set(a.BEFORE_TEXT, before)
                .set(a.AFTER_TEXT, after)
                .execute();
    }

    /** A page of the changes, newest first; {@code kind} null for every kind. */
    public List<AuditEntry> page(@Nullable AuditKind kind, int offset, int limit) {
        var a = ADMIN_AUDIT;
        return db.select(
                        a.ADMIN_AUDIT_ID,
                        a.CHANGED_AT,
                        PERSON.DISPLAY_NAME,
                        a.KIND,
                        a.SUBJECT_ID,
                        a.ACTION,
                        a.BEFORE_TEXT,
                        a.AFTER_TEXT)
                .from(a)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(a.CHANGED_BY))
                .where(of(kind))
                .orderBy(a.CHANGED_AT.desc(), a.ADMIN_AUDIT_ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AuditEntry(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        AuditKind.valueOf(r.value4()),
                        r.value5(),
                        AuditAction.valueOf(r.value6()),
                        r.value7(),
                        r.value8()));
    }

    /** How many changes there are of {@code kind} (null: of every kind). */
    public int count(@Nullable AuditKind kind) {
        return db.fetchCount(ADMIN_AUDIT, of(kind));
    }

    private static Condition of(@Nullable AuditKind kind) {
        return kind == null ? DSL.noCondition() : ADMIN_AUDIT.KIND.eq(kind.name());
    }

    /**
     * A readable one-line summary of a record's fields, in the order given: {@code summary("name",
     * "Sales", "communications team", "no")} is "name=Sales, communications team=no". A missing value
     * reads as "none".
     */
    public static String summary(@Nullable Object... namesAndValues) {
        var text = new StringJoiner(", ");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            text.add(namesAndValues[i] + "=" + (value == null ? "none" : value));
        }
        return text.toString();
    }
}

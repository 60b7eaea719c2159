package app.throughline.common;

import static app.throughline.db.Tables.FORM_SUBMISSION;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes saving a form idempotent: a service claims the form's key at the start of its write
 * transaction and records what it saved at the end. A second sending of the same form (two
 * clicks 40 ms apart, a retried request) then finds the key and gets back what the first saved
 * instead of saving again. A concurrent second sending waits on the key's row until the first
 * commits. Runs only inside the calling service's transaction, which carries the role check.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Submissions {

    private static final Duration KEPT = Duration.ofDays(1);

    private final DSLContext db;
    private final Clock clock;

    Submissions(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Claims {@code key} for this transaction.
     *
     * @return empty when this is the first sending (go on and save, then {@link #record}); else
     *     the id of the record the earlier sending saved
     */
    public Optional<Long> claim(SubmissionKey key, String kind, long personId) {
        var s = FORM_SUBMISSION;
        int claimed = db.insertInto(s)
                .set(s.SUBMISSION_KEY, key.value().toString())
                .set(s.KIND, kind)
                .set(s.PERSON_ID, personId)
                .set(s.CREATED_AT, clock.instant())
                .onDuplicateKeyIgnore()
                .execute();
        if (claimed == 1) {
            return Optional.empty();
        }
        // a locking read sees the earlier sending's committed row, whatever this transaction's snapshot
        var earlier = db.select(s.KIND, s.RECORD_ID, s.PERSON_ID)
                .from(s)
                .where(s.SUBMISSION_KEY.eq(key.value().toString()))
                .forUpdate()
                .fetchSingle();
        if (!earlier.value1().equals(kind) || earlier.value3() != personId || earlier.value2() == null) {
            throw new IllegalStateException("Submission key " + key.value() + " reused for a different form");
        }
        return Optional.of(earlier.value2());
    }

    /** Records the id of what this sending saved, and forgets keys older than a day. */
    public void record(SubmissionKey key, long recordId) {
        var s = FORM_SUBMISSION;
        db.update(s)
                .set(s.RECORD_ID, recordId)
                .where(s.SUBMISSION_KEY.eq(key.value().toString()))
                .execute();
        db.deleteFrom(s)
                .where(s.CREATED_AT.lt(clock.instant().minus(KEPT)))
                .limit(100)
                .execute();
    }
}

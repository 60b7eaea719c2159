package app.throughline.coaching;

import static app.throughline.db.Tables.TACTIC_COMMENT;

import app.throughline.common.Check;
import app.throughline.tactic.SendBackComments;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Writes comments into a tactic's thread, inside the caller's transaction: the coaching service
 * (suggestions) and the tactic service (the comment a send-back carries) decide who may.
 */
@Repository
class CommentWriter implements SendBackComments {

    private final DSLContext db;
    private final Clock clock;

    CommentWriter(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(long tacticId, String comment, long authorId) {
        insert(tacticId, comment, true, authorId);
    }

    /** Adds a comment after the rules for its text; returns its id. */
    long insert(long tacticId, String body, boolean sentBack, long authorId) {
        return db.insertInto(TACTIC_COMMENT)
                .set(TACTIC_COMMENT.TACTIC_ID, tacticId)
                .set(TACTIC_COMMENT.AUTHOR_ID, authorId)
                .set(TACTIC_COMMENT.BODY, clean(body))
                .set(TACTIC_COMMENT.SENT_BACK, sentBack)
                .set(TACTIC_COMMENT.CREATED_AT, clock.instant())
                .returningResult(TACTIC_COMMENT.TACTIC_COMMENT_ID)
                .fetchSingle()
                .value1();
    }

    /** Plain text, line breaks as {@code \n}, not blank, at most {@value Comment#MAX_LENGTH} characters. */
    static String clean(String body) {
        return Check.required("comment", "The comment", body.replace("\r\n", "\n"), Comment.MAX_LENGTH);
    }
}

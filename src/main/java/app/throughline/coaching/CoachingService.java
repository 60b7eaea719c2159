package app.throughline.coaching;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.TACTIC_COMMENT;

import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaching thread on a tactic and the coach's "send back": comments are plain text, at most
 * {@value Comment#MAX_LENGTH} characters, changeable by their author for 15 minutes. A comment
 * alone is a suggestion and changes nothing else; a send-back carries one saying what to change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CoachingService {

    private final DSLContext db;
    private final TacticService tactics;
    private final TacticPolicy policy;
    private final CurrentUserProvider currentUser;
    private final Clock clock;
    private final CommentWriter writer;

    CoachingService(
            CommentWriter writer,
            DSLContext db,
            TacticService tactics,
            TacticPolicy policy,
            CurrentUserProvider currentUser,
            Clock clock) {
        this.writer = writer;
        this.db = db;
        this.tactics = tactics;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The tactic's coaching thread, oldest first (newest last, as a conversation reads). */
    public List<Comment> thread(long tacticId) {
        return select().where(TACTIC_COMMENT.TACTIC_ID.eq(tacticId))
                .orderBy(TACTIC_COMMENT.CREATED_AT, TACTIC_COMMENT.TACTIC_COMMENT_ID)
                .fetch(Records.mapping(Comment::new));
    }

    /** Whether the signed-in person may write in this tactic's thread. */
    public boolean mayComment(Tactic tactic) {
        return policy.mayComment(currentUser.get(), tactic);
    }

    /** Adds a comment (a suggestion: the tactic's status does not change). */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Comment comment(long tacticId, String body) {
        CurrentUser user = currentUser.get();
        Tactic tactic = tactics.tactic(tacticId);
        if (!policy.mayComment(user, tactic)) {
            throw new AccessDeniedException("You can comment on your own tactics; a coach comments on everyone's");
        }
        return insert(tacticId, clean(body), false, user);
    }

    /** Changes the text of one's own comment, within 15 minutes of writing it. */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Comment edit(long commentId, int version, String body) {
        CurrentUser user = currentUser.get();
        Comment comment = comment(commentId);
        Instant now = clock.instant();
        if (comment.authorId() != user.personId()) {
            throw new AccessDeniedException("Only its author can change a comment");
        }
        if (!comment.editableBy(user.personId(), now)) {
            throw new ValidationException(
                    "comment", "A comment can be changed for 15 minutes after it was written; write a new one instead");
        }
        int updated = db.update(TACTIC_COMMENT)
                .set(TACTIC_COMMENT.BODY, clean(body))
                .set(TACTIC_COMMENT.EDITED_AT, now)
                .set(TACTIC_COMMENT.VERSION, TACTIC_COMMENT.VERSION.plus(1))
                .where(TACTIC_COMMENT.TACTIC_COMMENT_ID.eq(commentId).and(TACTIC_COMMENT.VERSION.eq(version)))
                .execute();
        if (updated != 1) {
            throw ConcurrentEditException.changed("This comment");
        }
        return comment(commentId);
    }

    /**
     * A reviewer sends someone else's tactic in review back to its author as a draft, with a
     * comment saying what to change: both in one transaction, or neither
     * ({@link TacticService#sendBack}).
     *
     * @param version the tactic's version the reviewer saw; a newer one means someone else acted
     */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Tactic sendBack(long tacticId, int version, String comment) {
        return tactics.sendBack(tacticId, version, comment);
    }

    private Comment insert(long tacticId, String body, boolean sentBack, CurrentUser user) {
        return comment(writer.insert(tacticId, body, sentBack, user.personId()));
    }

    private Comment comment(long id) {
        return select().where(TACTIC_COMMENT.TACTIC_COMMENT_ID.eq(id))
                .fetchOptional(Records.mapping(Comment::new))
                .orElseThrow(() -> new NotFoundException("This comment"));
    }

    private static String clean(String body) {
        return CommentWriter.clean(body);
    }

    private SelectOnConditionStep<Record9<Long, Long, Long, String, String, Boolean, Instant, Instant, Integer>>
            select() {
        var c = TACTIC_COMMENT;
        return db.select(
                        c.TACTIC_COMMENT_ID,
                        c.TACTIC_ID,
                        c.AUTHOR_ID,
                        PERSON.DISPLAY_NAME,
                        c.BODY,
                        c.SENT_BACK,
                        c.CREATED_AT,
                        c.EDITED_AT,
                        c.VERSION)
                .from(c)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(c.AUTHOR_ID));
    }
}

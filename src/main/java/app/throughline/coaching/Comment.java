package app.throughline.coaching;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One comment of a tactic's coaching thread. Plain text: shown as text, never as HTML.
 *
 * @param sentBack whether it came with a "send back" (it says what to change)
 * @param editedAt when its author last changed it; null if never
 */
public record Comment(
        long id,
        long tacticId,
        long authorId,
        String author,
        String body,
        boolean sentBack,
        Instant createdAt,
        @Nullable Instant editedAt,
        int version) {

    /** The longest comment. */
    public static final int MAX_LENGTH = 5_000;

    /** How long after writing it its author may still change a comment. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    /** Whether {@code personId} may still change it at {@code now}: its author, within the window. */
    public boolean editableBy(long personId, Instant now) {
        return authorId == personId && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }
}

package app.throughline.tactic;

/**
 * Writes the comment a send-back carries, inside the send-back's transaction. The coaching thread
 * lives in package {@code coaching}, which depends on this one; this interface keeps it that way.
 */
public interface SendBackComments {

    /** Records {@code comment} on the tactic as a send-back by {@code authorId}; refuses bad input. */
    void record(long tacticId, String comment, long authorId);
}

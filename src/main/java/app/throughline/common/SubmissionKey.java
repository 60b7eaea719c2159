package app.throughline.common;

import java.util.UUID;

/**
 * The key of one filled-in form, made when the form opens and sent with every save of it, so
 * the server saves a form sent twice only once ({@link Submissions}).
 */
public record SubmissionKey(UUID value) {

    /** A new key, for a form just opened. */
    public static SubmissionKey random() {
        return new SubmissionKey(UUID.randomUUID());
    }
}

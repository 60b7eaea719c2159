package app.throughline.common;

/**
 * Someone else changed what this user was working on after they loaded it (optimistic locking:
 * the row's {@code version} no longer matches). Nothing was written; the user should reload.
 */
public class ConcurrentEditException extends UserFacingException {

    /** A conflict said in {@code message}, for cases the standard sentence of {@link #changed} does not fit. */
    public ConcurrentEditException(String message) {
        super(message);
    }

    /** "{@code what} was changed by someone else while you were editing it. Your changes were not saved..." */
    public static ConcurrentEditException changed(String what) {
        return new ConcurrentEditException(what + " was changed by someone else while you were editing it. "
                + "Your changes were not saved: reload to see the current version, then edit again.");
    }
}

package app.throughline.common;

/**
 * Someone else saved the same row after this user loaded it (optimistic locking, the row's
 * {@code version} no longer matches). Nothing was written; the user should reload.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else while you were editing it. "
                + "Your changes were not saved: reload to see the current version, then edit again.");
    }
}

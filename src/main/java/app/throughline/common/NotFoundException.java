package app.throughline.common;

/** The row asked for does not exist (any more): deleted by someone else, or a stale link. */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String what) {
        super(what + " no longer exists. Someone may have deleted it; reload to see the current plan.");
    }
}

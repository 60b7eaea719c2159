package app.throughline.common;

/**
 * A refusal meant for the person who caused it: its message is a whole sentence they can act
 * on, shown as it is (next to the field, at the top of a form, in a notification).
 */
public abstract class UserFacingException extends RuntimeException {

    private final String message;

    protected UserFacingException(String message) {
        super(message);
        this.message = message;
    }

    /** The sentence to show; never null. */
    @Override
    public String getMessage() {
        return message;
    }
}

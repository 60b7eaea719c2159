package app.throughline.common;

import org.jspecify.annotations.Nullable;

/**
 * Input the server refuses, with the field it belongs to so the form can show the message next
 * to that field. {@code field} is null for a rule about the whole record.
 */
public class ValidationException extends UserFacingException {

    private final @Nullable String field;

    public ValidationException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}

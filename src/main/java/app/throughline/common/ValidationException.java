package app.throughline.common;

/**
 * Input the server refuses, with the field it belongs to so the form can show the message next
 * to that field. {@code field} is null for a rule about the whole record.
 */
public class ValidationException extends RuntimeException {

    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

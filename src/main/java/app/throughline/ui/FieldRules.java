package app.throughline.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Field rules whose refusal says why, next to the field. Text fields get no browser
 * {@code maxlength} or {@code pattern}: those cut pasted text silently or turn the field red
 * without words; these rules keep the text and say what is wrong with it.
 */
public final class FieldRules {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private FieldRules() {}

    /** "Title can be at most 200 characters; this has 10,000." */
    public static Validator<@Nullable String> maxLength(String label, int max) {
        return (value, context) -> value == null || value.strip().length() <= max
                ? ValidationResult.ok()
                : ValidationResult.error(label + " can be at most " + max + " characters; this has "
                        + Formats.current().number(value.strip().length()) + ".");
    }

    /** A colour as #rrggbb. */
    public static Validator<@Nullable String> hexColour() {
        return (value, context) ->
                value != null && HEX_COLOUR.matcher(value.strip()).matches()
                        ? ValidationResult.ok()
                        : ValidationResult.error("Use a colour such as #3b6ea5: # and six hex digits (0-9, a-f).");
    }

    /**
     * A wall-clock time that exists in {@code zone}: on the night the clocks go forward, 02:30
     * does not, and would otherwise be saved as 03:30 without a word.
     */
    public static Validator<@Nullable LocalDateTime> existsIn(ZoneId zone) {
        return (value, context) -> {
            if (value == null || !zone.getRules().getValidOffsets(value).isEmpty()) {
                return ValidationResult.ok();
            }
            var transition = zone.getRules().getTransition(value);
            var formats = Formats.current();
            String from = formats.time(transition.getDateTimeBefore().toLocalTime());
            String to = formats.time(transition.getDateTimeAfter().toLocalTime());
            return ValidationResult.error("There is no " + formats.time(value.toLocalTime()) + " on "
                    + formats.date(value.toLocalDate()) + " in " + zone.getId() + ": the clocks go forward from "
                    + from + " to " + to + ". Choose another time, such as "
                    + formats.time(value.plus(transition.getDuration()).toLocalTime()) + ".");
        };
    }
}

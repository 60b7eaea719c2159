package app.throughline.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Someone whose topics occur in a text, and which of them did.
 *
 * @param topics the person's topics found in the text, in the person's spelling, by name
 */
public record Expert(
        String login, String displayName, @Nullable String department, List<String> topics) {

    /** Why they are suggested: "knows about Pricing, Retail". */
    public String why() {
        return "knows about " + String.join(", ", topics);
    }
}

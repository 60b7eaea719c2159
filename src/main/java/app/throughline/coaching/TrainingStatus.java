package app.throughline.coaching;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's social-policy training as the training page lists it.
 *
 * @param department null when they have none
 * @param trainedOn the day they completed it; null: not yet
 * @param version the person's row version (optimistic locking)
 */
public record TrainingStatus(
        long personId,
        String name,
        @Nullable String department,
        @Nullable LocalDate trainedOn,
        int version) {

    public boolean trained() {
        return trainedOn != null;
    }
}

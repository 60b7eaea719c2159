package app.throughline.webhook;

import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticChanged;
import app.throughline.tactic.TacticStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a hook can listen to: a tactic reaching a status, or an approved one moving to another date. */
public enum WebhookEvent {
    APPROVED("tactic.approved", "Tactic approved"),
    SCHEDULED("tactic.scheduled", "Tactic scheduled"),
    PUBLISHED("tactic.published", "Tactic published"),
    CANCELLED("tactic.cancelled", "Tactic cancelled"),
    RESCHEDULED("tactic.rescheduled", "Tactic rescheduled");

    private final String wireName;
    private final String label;

    WebhookEvent(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    /** The name in the payload and the {@code X-Throughline-Event} header ("tactic.approved"). */
    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public static Optional<WebhookEvent> ofWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }

    /**
     * The events one change of a tactic raises (docs/webhooks.md): reaching Approved, Scheduled,
     * Published or Cancelled (also as a new tactic); and "rescheduled" when a tactic that was
     * approved, scheduled or published gets another start or end (a draft moving on the calendar
     * is nobody's business outside). One change can raise two: a move that also schedules.
     */
    static List<WebhookEvent> of(TacticChanged change) {
        Tactic before = change.before();
        Tactic after = change.after();
        var events = new ArrayList<WebhookEvent>();
        if (before == null || before.status() != after.status()) {
            statusEvent(after.status()).ifPresent(events::add);
        }
        if (before != null
                && before.status().approved()
                && before.scheduledStart() != null
                && after.scheduledStart() != null
                && (!Objects.equals(before.scheduledStart(), after.scheduledStart())
                        || !Objects.equals(before.scheduledEnd(), after.scheduledEnd()))) {
            events.add(RESCHEDULED);
        }
        return events;
    }

    private static Optional<WebhookEvent> statusEvent(@Nullable TacticStatus status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status) {
            case APPROVED -> Optional.of(APPROVED);
            case SCHEDULED -> Optional.of(SCHEDULED);
            case PUBLISHED -> Optional.of(PUBLISHED);
            case CANCELLED -> Optional.of(CANCELLED);
            default -> Optional.empty();
        };
    }
}

package app.throughline.spreadsheet;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a tactics CSV, in the order the export and the template write them. The import
 * finds them by header name (any order, case and spacing ignored); only title and channel are
 * required. docs/csv.md and the import page list them with these descriptions.
 */
public enum CsvColumn {
    EXTERNAL_ID(
            "External id",
            "Your key for the row (at most 100 characters). A row whose key is already known is skipped;"
                    + " with none, the row's cells make its key. An export writes throughline-<id> for tactics"
                    + " planned here."),
    TITLE("Title", "Required, at most 200 characters."),
    BODY("Body", "The copy; it must fit the channel's length (counted as the composer counts it)."),
    CHANNEL("Channel", "Required: a channel's name (as in Admin) or its id."),
    START(
            "Start",
            "When it goes out, as 2027-03-04 09:30 (seconds optional) in the row's time zone. Empty:"
                    + " unscheduled."),
    END("End", "For tactics that last: after the start, at most 31 days later. Empty: a moment."),
    TIME_ZONE("Time zone", "A zone such as Europe/Berlin for start and end. Empty: your own zone."),
    PARENT(
            "Parent",
            "What it serves: Objective › Strategy or Objective › Strategy › Campaign, by names or by ids"
                    + " (“>” works as the separator too). Empty: an unaligned idea."),
    OWNER("Owner login", "Who owns it: a person's login. Empty: you."),
    STATUS(
            "Status",
            "Idea, Draft, In review, Approved, Scheduled or Published, as far as your role could start a"
                    + " tactic in the composer. Empty: Draft, or Idea without a parent."),
    INTENT("Intent", "Campaign or Branding. Empty: the campaign's, else Branding."),
    INTERACTION_MODE("Interaction mode", "Broadcast or Conversation. Empty: Broadcast.");

    private final String header;
    private final String description;

    CsvColumn(String header, String description) {
        this.header = header;
        this.description = description;
    }

    /** The header the export and the template write. */
    public String header() {
        return header;
    }

    public String description() {
        return description;
    }

    /** The column a header names: case, spaces, dashes and underscores do not matter. */
    public static Optional<CsvColumn> ofHeader(String header) {
        String wanted = squash(header);
        for (CsvColumn column : values()) {
            if (squash(column.header).equals(wanted) || squash(column.name()).equals(wanted)) {
                return Optional.of(column);
            }
        }
        return squash("owner").equals(wanted) ? Optional.of(OWNER) : Optional.empty();
    }

    private static String squash(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}

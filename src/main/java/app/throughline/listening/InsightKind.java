package app.throughline.listening;

/** What kind of thing was heard. Stored by name in {@code insight.kind} (a CHECK lists the names). */
public enum InsightKind {
    QUESTION("Question"),
    COMPLAINT("Complaint"),
    PRAISE("Praise"),
    IDEA("Idea"),
    COMPETITOR_MOVE("Competitor move");

    private final String label;

    InsightKind(String label) {
        this.label = label;
    }

    /** The word people read: "Competitor move". */
    public String label() {
        return label;
    }
}

package app.throughline.tactic;

/** Where a tactic stands, from a first idea to published (or cancelled). */
public enum TacticStatus {
    IDEA("Idea"),
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    APPROVED("Approved"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    CANCELLED("Cancelled");

    private final String label;

    TacticStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A tactic with no strategy above it may only be kept as an idea (or dropped). */
    public boolean allowedWhenUnaligned() {
        return this == IDEA || this == CANCELLED;
    }

    /** Approved, scheduled or published: what a coach (or a trusted author) signed off, going out as it is. */
    public boolean approved() {
        return this == APPROVED || this == SCHEDULED || this == PUBLISHED;
    }

    /** Not yet fixed: the calendar draws these more faintly than approved and later work. */
    public boolean tentative() {
        return this == IDEA || this == DRAFT || this == IN_REVIEW;
    }
}

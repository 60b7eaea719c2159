package app.throughline.calendar.ui;

/** What a tactic's colour on the calendar tells: its channel, or the business objective it serves. */
public enum ColourBy {
    CHANNEL("Channel"),
    OBJECTIVE("Objective");

    private final String label;

    ColourBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

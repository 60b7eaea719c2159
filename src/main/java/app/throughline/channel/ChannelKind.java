package app.throughline.channel;

/** The family a channel belongs to; the plan's channel mix and the silo warnings count by kind. */
public enum ChannelKind {
    SOCIAL("Social"),
    OWNED("Owned"),
    EARNED("Earned"),
    EVENT("Event"),
    PAID("Paid"),
    DIRECT("Direct"),
    INTERNAL("Internal");

    private final String label;

    ChannelKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package app.throughline.tactic;

/** Whether a tactic talks at its audience or with it. */
public enum InteractionMode {
    BROADCAST("Broadcast"),
    CONVERSATION("Conversation");

    private final String label;

    InteractionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

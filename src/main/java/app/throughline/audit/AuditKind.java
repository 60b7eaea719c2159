package app.throughline.audit;

/** What an admin change was made to: the audit page filters by it. */
public enum AuditKind {
    DEPARTMENT("Department"),
    CHANNEL("Channel"),
    SOCIAL_POLICY("Social policy"),
    PERSON("Person"),
    WEBHOOK("Webhook");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

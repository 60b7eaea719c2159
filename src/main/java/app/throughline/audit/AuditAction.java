package app.throughline.audit;

/** What an admin change did. */
public enum AuditAction {
    CREATE("Created"),
    UPDATE("Changed"),
    DELETE("Deleted"),
    RETIRE("Retired"),
    RESTORE("Restored"),
    DISABLE("Disabled"),
    ENABLE("Enabled"),
    RESET_PASSWORD("Password reset");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

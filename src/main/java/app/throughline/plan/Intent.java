package app.throughline.plan;

/** Why a campaign or tactic exists: a time-boxed push, or an always-on brand theme. */
public enum Intent {
    CAMPAIGN("Campaign"),
    BRANDING("Branding");

    private final String label;

    Intent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

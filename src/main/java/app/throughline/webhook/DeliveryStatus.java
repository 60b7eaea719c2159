package app.throughline.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (the first, or a retry after a failure). */
    PENDING("Waiting"),
    /** Claimed by a poller, being sent now (or the poller died: due again when its lease ends). */
    DELIVERING("Sending"),
    /** The receiver answered 2xx. */
    DELIVERED("Delivered"),
    /** Every attempt failed; an admin may send it again. */
    FAILED("Failed");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package app.throughline.webhook;

/**
 * A hook just registered or given a new secret, with the secret: the only time anyone sees it.
 *
 * @param secret the key of the HMAC-SHA256 signature (its UTF-8 bytes), for the receiver to keep
 */
public record WebhookWithSecret(Webhook webhook, String secret) {

    @Override
    public String toString() {
        return "WebhookWithSecret[webhook=" + webhook + ", secret=…]"; // never in a log
    }
}

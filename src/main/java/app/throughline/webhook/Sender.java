package app.throughline.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Sends one delivery: a POST of the payload with the event, the delivery id and the signature in
 * headers, with the configured timeouts and no redirects (a redirect could lead inside the
 * network). Never throws: the outcome says what happened.
 */
class Sender {

    static final String EVENT = "X-Throughline-Event";
    static final String DELIVERY = "X-Throughline-Delivery";
    static final String SIGNATURE = "X-Throughline-Signature";

    /**
     * @param httpStatus the receiver's status code; null when there was no answer
     * @param error why it failed; null when it was delivered (2xx)
     */
    record Outcome(@Nullable Integer httpStatus, @Nullable String error) {
        boolean delivered() {
            return error == null;
        }
    }

    private final HttpClient client;
    private final WebhookProperties properties;

    Sender(WebhookProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(Outbox.Claimed delivery) {
        URI uri;
        try {
            uri = URI.create(delivery.url());
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "Not a valid address: " + e.getMessage());
        }
        String host = uri.getHost();
        String refusal = host == null
                ? "The address has no host"
                : WebhookUrls.refusal(host, properties.allowPrivateAddresses());
        if (refusal != null) {
            return new Outcome(null, "Not sent: " + refusal);
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(uri)
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Throughline-Webhooks/1")
                .header(EVENT, delivery.event().wireName())
                .header(DELIVERY, String.valueOf(delivery.id()))
                .header(SIGNATURE, Signatures.signature(delivery.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300
                    ? new Outcome(status, null)
                    : new Outcome(status, "The receiver answered HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "No answer in time (" + e.getMessage() + ")");
        } catch (IOException e) {
            return new Outcome(null, "Could not reach the receiver: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted while sending");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if ((message == null || message.isBlank()) && cause != null) {
            return describe(cause);
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}

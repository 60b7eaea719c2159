package app.throughline.webhook;

import app.throughline.common.ValidationException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which URLs a hook may have: http or https, a host, no user name or password in it, and (unless
 * {@link WebhookProperties#allowPrivateAddresses()}) no host that is or resolves to an internal
 * address, so an admin's hook cannot make the server call its own network (SSRF). Checked when a
 * hook is registered and again before every delivery (DNS may have changed since).
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    private WebhookUrls() {}

    /** The URL, trimmed, or a {@link ValidationException} on the field "url" saying what is wrong. */
    static URI check(@Nullable String text, boolean allowPrivate) {
        String url = text == null ? "" : text.strip();
        if (url.isEmpty()) {
            throw invalid("Give the address the events are sent to");
        }
        if (url.length() > MAX_LENGTH) {
            throw invalid("An address can have at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("This is not a valid address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("The address must start with https:// (or http://)");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw invalid("The address needs a host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("Leave the user name and password out of the address: the signature authenticates us");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("Leave the #fragment out of the address");
        }
        String refusal = refusal(host, allowPrivate);
        if (refusal != null) {
            throw invalid(refusal);
        }
        return uri;
    }

    /**
     * Why a request to {@code host} must not be sent, or null when it may. With internal addresses
     * allowed nothing is resolved here (the request itself says whether the host exists); otherwise
     * a host that cannot be resolved cannot be judged, and is refused.
     */
    static @Nullable String refusal(String host, boolean allowPrivate) {
        if (allowPrivate) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "The host “" + host + "” cannot be found";
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return "The host “" + host + "” is an internal address (" + address.getHostAddress()
                        + "): webhooks go to outside services only";
            }
        }
        return null;
    }

    /** Loopback, private, link-local, unique-local, carrier-grade NAT, multicast or "any". */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && (second & 0xc0) == 64) || first >= 240;
        }
        return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc; // fc00::/7
    }

    private static ValidationException invalid(String message) {
        return new ValidationException("url", message);
    }
}

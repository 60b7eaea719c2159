package app.throughline.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Making and hashing API tokens: {@value #PREFIX} and 32 bytes (256 bits) from {@link
 * SecureRandom}, base64url without padding (46 characters in all). A token is looked up by its
 * SHA-256, which is all the database holds; a token is random enough that a fast hash is the
 * right one (nothing to slow down: there is no small space of guesses to search).
 */
final class TokenSecrets {

    static final String PREFIX = "tl_";
    static final int RANDOM_BYTES = 32;
    /** How many leading characters of a token are kept to tell tokens apart ("tl_AbC12"). */
    static final int HINT_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex of the SHA-256 of the token's UTF-8 bytes. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    static String hint(String token) {
        return token.substring(0, Math.min(HINT_LENGTH, token.length()));
    }

    /** Whether {@code text} looks like one of our tokens at all (cheap check before any lookup). */
    static boolean wellFormed(String text) {
        return text.startsWith(PREFIX) && text.length() == PREFIX.length() + 43 && text.matches("tl_[A-Za-z0-9_-]+");
    }
}

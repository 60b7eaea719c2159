package app.throughline.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in feed and share-link URLs: 256 random bits from {@link SecureRandom}, written
 * URL-safe (43 characters of base64url); only their SHA-256 is stored (DD018).
 */
public final class Tokens {

    /** Random bits in a token. */
    public static final int BITS = 256;

    /** Characters in a token: 256 bits in base64url without padding. */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A new token, shown once to the person who asked for it and never stored. */
    public static String newToken() {
        byte[] bits = new byte[BITS / 8];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** What the database keeps of a token: its SHA-256, 64 hex characters. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    /** Whether {@code text} could be a token at all (the length and alphabet of one); cheap, before any lookup. */
    public static boolean wellFormed(String text) {
        return text.length() == LENGTH && text.chars().allMatch(Tokens::urlSafe);
    }

    private static boolean urlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}

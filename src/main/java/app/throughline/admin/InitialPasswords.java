package app.throughline.admin;

import java.security.SecureRandom;

/**
 * Passwords an admin hands over: 16 characters from an alphabet without the look-alikes (0/O,
 * 1/l/I), so they can be read out or typed from a screen; about 92 bits of randomness.
 */
final class InitialPasswords {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {}

    static String generate() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

package app.throughline.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The 3,000 most common passwords (common-passwords.txt beside this class: the top of zxcvbn's
 * frequency list, MIT licence; DD014), compared without case.
 */
final class CommonPasswords {

    private static final Set<String> LIST = load();

    private CommonPasswords() {}

    static boolean contains(String password) {
        return LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        var passwords = new HashSet<String>();
        try (InputStream in = Objects.requireNonNull(
                        CommonPasswords.class.getResourceAsStream("common-passwords.txt"), "common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}

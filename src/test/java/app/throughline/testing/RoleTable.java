package app.throughline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads a role table of docs/roles.md, so the role tests run exactly what the document says:
 * one {@link Cell} per action and role column, "yes" or "no".
 */
public final class RoleTable {

    private static final Path DOCUMENT = Path.of("docs/roles.md");

    private RoleTable() {}

    /** One cell: may {@code persona} do {@code action}? */
    public record Cell(String action, Persona persona, boolean allowed) {}

    /** Every cell of the table under the heading {@code ## section}, as test arguments. */
    public static List<Arguments> cells(String section) {
        var cells = new ArrayList<Arguments>();
        List<String> lines = lines();
        int heading = lines.indexOf("## " + section);
        if (heading < 0) {
            throw new IllegalStateException("No section “" + section + "” in " + DOCUMENT);
        }
        List<Persona> columns = null;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (columns != null) {
                    break; // the table ended
                }
                continue;
            }
            List<String> parts =
                    Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toList();
            if (columns == null) {
                columns = parts.subList(2, parts.size()).stream()
                        .map(Persona::ofColumn)
                        .toList();
            } else if (!parts.getFirst().startsWith("---")) {
                for (int i = 0; i < columns.size(); i++) {
                    String value = parts.get(i + 2);
                    if (!value.equals("yes") && !value.equals("no")) {
                        throw new IllegalStateException(
                                "Cell “" + value + "” of " + parts.getFirst() + " is not yes/no");
                    }
                    cells.add(Arguments.of(parts.getFirst(), columns.get(i), value.equals("yes")));
                }
            }
        }
        if (cells.isEmpty()) {
            throw new IllegalStateException("No table under “" + section + "” in " + DOCUMENT);
        }
        return cells;
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

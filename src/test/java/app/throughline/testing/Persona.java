package app.throughline.testing;

import app.throughline.security.CurrentUser;
import app.throughline.security.Role;

/** The columns of docs/roles.md: one kind of person each. */
public enum Persona {
    ADMIN("Admin", Role.ADMIN, false),
    STRATEGIST("Strategist", Role.STRATEGIST, false),
    MARKETER("Marketer", Role.MARKETER, false),
    COACH("Coach", Role.COACH, false),
    CONTRIBUTOR("Contributor", Role.CONTRIBUTOR, false),
    TRAINED("Trained", Role.CONTRIBUTOR, true),
    EXECUTIVE("Executive", Role.EXECUTIVE, false);

    private final String column;
    private final Role role;
    private final boolean trained;

    Persona(String column, Role role, boolean trained) {
        this.column = column;
        this.role = role;
        this.trained = trained;
    }

    static Persona ofColumn(String column) {
        for (Persona persona : values()) {
            if (persona.column.equals(column)) {
                return persona;
            }
        }
        throw new IllegalArgumentException("No persona for the column “" + column + "”");
    }

    /** Creates such a person (login {@code me}) in the database. */
    public CurrentUser create(TestData data) {
        return trained ? data.trainedPerson("me", role) : data.person("me", role);
    }

    @Override
    public String toString() {
        return column;
    }
}

package app.throughline.people;

import app.throughline.db.tables.Person;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A person's name as lists of owners show it: "Name (disabled)" for a person an admin disabled,
 * whose tactics and plans stay theirs (docs/design-decisions/DD015-person-admin.md). Pickers that
 * offer owners leave disabled people out instead ({@link PeopleService#people()}).
 */
public final class OwnerNames {

    private OwnerNames() {}

    /** The display name of {@code person}, marked when they are disabled. */
    public static Field<String> shown(Person person) {
        return DSL.when(person.ENABLED.isFalse(), DSL.concat(person.DISPLAY_NAME, DSL.inline(" (disabled)")))
                .otherwise(person.DISPLAY_NAME);
    }
}

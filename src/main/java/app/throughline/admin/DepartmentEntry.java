package app.throughline.admin;

import org.jspecify.annotations.Nullable;

/**
 * A department as the admin keeps it, with what refers to it.
 *
 * @param id null until created
 * @param communicationsTeam its job is communication (Marketing, Communications/PR): department participation is
 *     measured as the share of social tactics owned outside these (docs/design-decisions/DD010)
 * @param people how many people belong to it (read; not saved)
 * @param tactics how many tactics are credited to it (read; not saved)
 */
public record DepartmentEntry(
        @Nullable Long id, String name, boolean communicationsTeam, int version, int people, int tactics) {

    public static final int NAME_MAX = 100;

    /** A department not yet created. */
    public static DepartmentEntry blank() {
        return new DepartmentEntry(null, "", false, 0, 0, 0);
    }
}

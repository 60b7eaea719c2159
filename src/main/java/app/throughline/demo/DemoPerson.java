package app.throughline.demo;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;

import app.throughline.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The demo company's people; the first six are the demo logins, one per role. HR, Customer
 * Service and Sales each have a contributor who completed the social-policy training (publishes
 * without waiting) and one who has not (sends drafts to review).
 */
record DemoPerson(
        long id,
        String login,
        String name,
        String department,
        @Nullable Long departmentId,
        String zone,
        boolean trained,
        Set<Role> roles) {

    static final List<DemoPerson> ALL = List.of(
            person("admin", "Alex Admin", "Marketing", "Europe/Berlin", true, Role.ADMIN),
            person("strategist", "Sofia Strand", "Marketing", "Europe/Berlin", true, Role.STRATEGIST),
            person("marketer", "Max Mertens", "Marketing", "Europe/Berlin", true, Role.MARKETER),
            person("coach", "Clara Koch", "Communications & PR", "Europe/Berlin", true, Role.COACH),
            person("contributor", "Conor Byrne", "Customer Service", "Europe/Dublin", false, Role.CONTRIBUTOR),
            person("executive", "Eva Lindqvist", "Executive", "Europe/Stockholm", true, Role.EXECUTIVE),
            person("hannah.hr", "Hannah Weiss", "HR", "Europe/Berlin", true, Role.CONTRIBUTOR),
            person("samir.sales", "Samir Haddad", "Sales", "Europe/London", true, Role.CONTRIBUTOR),
            person("paula.product", "Paula Novak", "Product", "Europe/Prague", true, Role.CONTRIBUTOR),
            person("pr.lead", "Jonas Berg", "Communications & PR", "Europe/Berlin", true, Role.CONTRIBUTOR, Role.COACH),
            person("ceo", "Ingrid Holm", "Executive", "Europe/Stockholm", true, Role.CONTRIBUTOR, Role.EXECUTIVE),
            person("dev.rel", "Tomás Ruiz", "Product", "Europe/Madrid", false, Role.CONTRIBUTOR),
            person("care.lead", "Aisha Okafor", "Customer Service", "Europe/London", true, Role.CONTRIBUTOR),
            person("social", "Lena Vogt", "Marketing", "Europe/Berlin", true, Role.MARKETER, Role.CONTRIBUTOR),
            person("mia.hr", "Mia Schulz", "HR", "Europe/Berlin", false, Role.CONTRIBUTOR),
            person("dan.sales", "Daniel Price", "Sales", "Europe/London", false, Role.CONTRIBUTOR));

    private static DemoPerson person(
            String login, String name, String department, String zone, boolean trained, Role... roles) {
        return new DemoPerson(0, login, name, department, null, zone, trained, Set.of(roles));
    }

    /**
     * Saves the person with their roles; a trained one completed the training four months before
     * {@code today}. Says who they are now, with their ids.
     */
    DemoPerson insert(DSLContext db, String passwordHash, @Nullable Long newDepartmentId, LocalDate today) {
        long newId = db.insertInto(PERSON)
                .set(PERSON.LOGIN, login)
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.DEPARTMENT_ID, newDepartmentId)
                .set(PERSON.TIME_ZONE, zone)
                .set(PERSON.TRAINED_ON, trained ? today.minusMonths(4) : null)
                .set(PERSON.PASSWORD_HASH, passwordHash)
                .returningResult(PERSON.PERSON_ID)
                .fetchSingle()
                .value1();
        for (Role role : roles) {
            db.insertInto(PERSON_ROLE)
                    .set(PERSON_ROLE.PERSON_ID, newId)
                    .set(PERSON_ROLE.ROLE, role)
                    .execute();
        }
        return withIds(newId, newDepartmentId);
    }

    DemoPerson withIds(long newId, @Nullable Long newDepartmentId) {
        return new DemoPerson(newId, login, name, department, newDepartmentId, zone, trained, roles);
    }
}

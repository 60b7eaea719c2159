package app.throughline.demo;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.PERSON_TOPIC;

import app.throughline.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        String locale,
        boolean trained,
        Set<Role> roles) {

    static final List<DemoPerson> ALL = List.of(
            person("admin", "Alex Admin", "Marketing", "Europe/Berlin", "de-DE", true, Role.ADMIN),
            person("strategist", "Sofia Strand", "Marketing", "Europe/Berlin", "de-DE", true, Role.STRATEGIST),
            person("marketer", "Max Mertens", "Marketing", "Europe/Berlin", "en-US", true, Role.MARKETER),
            person("coach", "Clara Koch", "Communications & PR", "Europe/Berlin", "de-DE", true, Role.COACH),
            person("contributor", "Conor Byrne", "Customer Service", "Europe/Dublin", "en-IE", false, Role.CONTRIBUTOR),
            person("executive", "Eva Lindqvist", "Executive", "Europe/Stockholm", "sv-SE", true, Role.EXECUTIVE),
            person("hannah.hr", "Hannah Weiss", "HR", "Europe/Berlin", "de-DE", true, Role.CONTRIBUTOR),
            person("samir.sales", "Samir Haddad", "Sales", "Europe/London", "en-GB", true, Role.CONTRIBUTOR),
            person("paula.product", "Paula Novak", "Product", "Europe/Prague", "cs-CZ", true, Role.CONTRIBUTOR),
            person(
                    "pr.lead",
                    "Jonas Berg",
                    "Communications & PR",
                    "Europe/Berlin",
                    "de-DE",
                    true,
                    Role.CONTRIBUTOR,
                    Role.COACH),
            person(
                    "ceo",
                    "Ingrid Holm",
                    "Executive",
                    "Europe/Stockholm",
                    "sv-SE",
                    true,
                    Role.CONTRIBUTOR,
                    Role.EXECUTIVE),
            person("dev.rel", "Tomás Ruiz", "Product", "Europe/Madrid", "es-ES", false, Role.CONTRIBUTOR),
            person("care.lead", "Aisha Okafor", "Customer Service", "Europe/London", "en-GB", true, Role.CONTRIBUTOR),
            person("social", "Lena Vogt", "Marketing", "Europe/Berlin", "en-US", true, Role.MARKETER, Role.CONTRIBUTOR),
            person("mia.hr", "Mia Schulz", "HR", "Europe/Berlin", "de-DE", false, Role.CONTRIBUTOR),
            person("dan.sales", "Daniel Price", "Sales", "America/New_York", "en-US", false, Role.CONTRIBUTOR));

    /** What each demo person knows about, for the directory and "find an expert". */
    static final Map<String, List<String>> TOPICS = Map.ofEntries(
            Map.entry("admin", List.of("Throughline", "Data protection")),
            Map.entry("strategist", List.of("Brand", "Market research", "Planning")),
            Map.entry("marketer", List.of("Email", "Events", "Newsletter", "Paid ads")),
            Map.entry("coach", List.of("Social policy", "Press", "Crisis communication")),
            Map.entry("contributor", List.of("Support", "Onboarding", "Billing")),
            Map.entry("executive", List.of("Strategy", "Investors", "Sustainability")),
            Map.entry("hannah.hr", List.of("Recruiting", "Employer brand", "Culture")),
            Map.entry("samir.sales", List.of("Enterprise sales", "Pricing", "Partners")),
            Map.entry("paula.product", List.of("Product launch", "Roadmap", "Integrations")),
            Map.entry("pr.lead", List.of("Press", "Media relations", "Crisis communication")),
            Map.entry("ceo", List.of("Strategy", "Sustainability", "Keynotes")),
            Map.entry("dev.rel", List.of("API", "Developers", "Integrations", "Webinars")),
            Map.entry("care.lead", List.of("Support", "Complaints", "Customer feedback")),
            Map.entry("social", List.of("LinkedIn", "Instagram", "Social media", "Video")),
            Map.entry("mia.hr", List.of("Recruiting", "Internships")),
            Map.entry("dan.sales", List.of("Pricing", "Retail", "Trade fairs")));

    private static DemoPerson person(
            String login, String name, String department, String zone, String locale, boolean trained, Role... roles) {
        return new DemoPerson(0, login, name, department, null, zone, locale, trained, Set.of(roles));
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
                .set(PERSON.LOCALE, locale)
                .returningResult(PERSON.PERSON_ID)
                .fetchSingle()
                .value1();
        for (String topic : TOPICS.getOrDefault(login, List.of())) {
            db.insertInto(PERSON_TOPIC)
                    .set(PERSON_TOPIC.PERSON_ID, newId)
                    .set(PERSON_TOPIC.TOPIC, topic)
                    .execute();
        }
        for (Role role : roles) {
            db.insertInto(PERSON_ROLE)
                    .set(PERSON_ROLE.PERSON_ID, newId)
                    .set(PERSON_ROLE.ROLE, role)
                    .execute();
        }
        return withIds(newId, newDepartmentId);
    }

    DemoPerson withIds(long newId, @Nullable Long newDepartmentId) {
        return new DemoPerson(newId, login, name, department, newDepartmentId, zone, locale, trained, roles);
    }
}

package app.throughline.admin;

import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import app.throughline.audit.AdminAudit;
import app.throughline.audit.AuditAction;
import app.throughline.audit.AuditKind;
import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.security.SignedInSessions;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People management: create a person with a generated first password, change their roles,
 * department, name, zone and locale, disable and enable them, reset their password. Admins only,
 * on every call; every change is recorded in the admin audit in its own transaction, with what it
 * was before and after (never a password). The last enabled admin cannot be disabled or lose the
 * Admin role, and an admin cannot disable or reset themselves (docs/design-decisions/DD015).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class PersonAdminService {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]+");

    private final DSLContext db;
    private final AdminAudit audit;
    private final PasswordEncoder passwords;
    private final SignedInSessions sessions;
    private final CurrentUserProvider currentUser;

    PersonAdminService(
            DSLContext db,
            AdminAudit audit,
            PasswordEncoder passwords,
            SignedInSessions sessions,
            CurrentUserProvider currentUser) {
        this.db = db;
        this.audit = audit;
        this.passwords = passwords;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    // --- reading --------------------------------------------------------------------------------

    /** A page of the people whose login, name or department contains {@code filter} (any case), by name. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonEntry> people(@Nullable String filter, int offset, int limit) {
        return query(matching(filter), offset, limit);
    }

    /** How many people {@link #people} finds for {@code filter}. */
    @PreAuthorize("hasRole('ADMIN')")
    public int peopleCount(@Nullable String filter) {
        return db.fetchCount(db.select(PERSON.PERSON_ID)
                .from(PERSON)
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(PERSON.DEPARTMENT_ID))
                .where(matching(filter)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PersonEntry person(long id) {
        return query(PERSON.PERSON_ID.eq(id), 0, 1).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This person"));
    }

    // --- changes --------------------------------------------------------------------------------

    /**
     * Creates a person with a generated password they must replace when they first sign in. The
     * password is returned to be shown to the admin once; only its hash is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedPerson create(PersonEntry person) {
        String login = login(person.login());
        Valid valid = validate(person);
        if (db.fetchExists(PERSON, PERSON.LOGIN.equalIgnoreCase(login))) {
            throw loginTaken(login);
        }
        String password = InitialPasswords.generate();
        var p = PERSON;
        long id;
        try {
            id = db.insertInto(p)
                    .set(p.LOGIN, login)
                    .set(p.DISPLAY_NAME, valid.displayName())
                    .set(p.DEPARTMENT_ID, person.departmentId())
                    .set(p.TIME_ZONE, valid.timeZone())
                    .set(p.LOCALE, valid.locale())
                    .set(p.PASSWORD_HASH, passwords.encode(password))
                    .set(p.MUST_CHANGE_PASSWORD, true)
                    .returningResult(p.PERSON_ID)
                    .fetchSingle()
                    .value1();
        } catch (DuplicateKeyException raced) {
            throw loginTaken(login); // created by someone else between the check and the write
        }
        writeRoles(id, valid.roles());
        PersonEntry created = person(id);
        audit.record(AuditKind.PERSON, id, AuditAction.CREATE, null, summary(created));
        return new CreatedPerson(created, password);
    }

    /**
     * Changes a person's name, department, roles, zone and locale ({@code person.version()} is what
     * the admin saw). The login stays; whether they are enabled is changed by {@link #disable} and
     * {@link #enable}. A change of roles ends their open sessions, so the new roles hold at once.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PersonEntry save(PersonEntry person) {
        Long id = person.id();
        if (id == null) {
            throw new IllegalArgumentException("A new person is created with create(), which generates the password");
        }
        Valid valid = validate(person);
        Set<Long> admins = lockAdmins(); // first, so two admins' changes queue in the same order
        PersonEntry before = locked(id, person.version());
        if (admins.contains(id) && !valid.roles().contains(Role.ADMIN) && admins.size() == 1) {
            throw new ValidationException(
                    "roles",
                    before.displayName() + " is the last admin: give someone else the Admin role before taking it "
                            + "away.");
        }
        var p = PERSON;
        db.update(p)
                .set(p.DISPLAY_NAME, valid.displayName())
                .set(p.DEPARTMENT_ID, person.departmentId())
                .set(p.TIME_ZONE, valid.timeZone())
                .set(p.LOCALE, valid.locale())
                .set(p.VERSION, p.VERSION.plus(1))
                .where(p.PERSON_ID.eq(id))
                .execute();
        if (!before.roles().equals(valid.roles())) {
            db.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(id)).execute();
            writeRoles(id, valid.roles());
            sessions.endAfterCommit(id);
        }
        PersonEntry after = person(id);
        audit.record(AuditKind.PERSON, id, AuditAction.UPDATE, summary(before), summary(after));
        return after;
    }

    /**
     * Disables a person: they can no longer sign in, and their open sessions end once this commits.
     * Their tactics, plans and insights stay theirs. Not oneself, and not the last admin.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PersonEntry disable(long id, int version) {
        if (id == currentUser.get().personId()) {
            throw new ValidationException(null, "You cannot disable yourself: ask another admin to do it.");
        }
        Set<Long> admins = lockAdmins();
        PersonEntry before = locked(id, version);
        if (!before.enabled()) {
            return before; // already so: nothing to change or record
        }
        if (admins.contains(id) && admins.size() == 1) {
            throw new ValidationException(
                    null,
                    before.displayName() + " is the last admin and cannot be disabled: give someone else the Admin "
                            + "role first.");
        }
        return setEnabled(before, false);
    }

    /** Lets a disabled person sign in again. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PersonEntry enable(long id, int version) {
        PersonEntry before = locked(id, version);
        if (before.enabled()) {
            return before;
        }
        return setEnabled(before, true);
    }

    private PersonEntry setEnabled(PersonEntry before, boolean enabled) {
        long id = identity(before);
        db.update(PERSON)
                .set(PERSON.ENABLED, enabled)
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.PERSON_ID.eq(id))
                .execute();
        if (!enabled) {
            sessions.endAfterCommit(id);
        }
        PersonEntry after = person(id);
        audit.record(
                AuditKind.PERSON,
                id,
                enabled ? AuditAction.ENABLE : AuditAction.DISABLE,
                summary(before),
                summary(after));
        return after;
    }

    /**
     * Gives a person a new generated password, returned to be shown to the admin once; they must
     * replace it when they next sign in, and their open sessions end once this commits. Not one's own.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id, int version) {
        if (id == currentUser.get().personId()) {
            throw new ValidationException(
                    null, "You cannot reset your own password here: change it on your profile page.");
        }
        PersonEntry before = locked(id, version);
        String password = InitialPasswords.generate();
        db.update(PERSON)
                .set(PERSON.PASSWORD_HASH, passwords.encode(password))
                .set(PERSON.MUST_CHANGE_PASSWORD, true)
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.PERSON_ID.eq(id))
                .execute();
        sessions.endAfterCommit(id);
        audit.record(AuditKind.PERSON, id, AuditAction.RESET_PASSWORD, summary(before), summary(person(id)));
        return password;
    }

    // --- rules ----------------------------------------------------------------------------------

    /** What a save writes, checked. */
    private record Valid(
            String displayName,
            Set<Role> roles,
            String timeZone,
            @Nullable String locale) {}

    private Valid validate(PersonEntry person) {
        String name = Check.required("displayName", "Name", person.displayName(), PersonEntry.NAME_MAX);
        Long department = person.departmentId();
        if (department != null && !db.fetchExists(DEPARTMENT, DEPARTMENT.DEPARTMENT_ID.eq(department))) {
            throw new ValidationException("departmentId", "This department no longer exists: choose another.");
        }
        if (person.roles().isEmpty()) {
            throw new ValidationException("roles", "Give at least one role");
        }
        String zone = Check.required("timeZone", "Time zone", person.timeZone(), 64);
        try {
            zone = ZoneId.of(zone).getId();
        } catch (DateTimeException unknown) {
            throw new ValidationException("timeZone", "Choose a time zone from the list, such as Europe/Berlin");
        }
        String locale = Check.optional("locale", "Language and region", person.locale(), PersonEntry.LOCALE_MAX);
        if (locale != null) {
            Locale parsed = Locale.forLanguageTag(locale);
            if (parsed.getLanguage().isEmpty()) {
                throw new ValidationException(
                        "locale", "Choose a language and region from the list, or “Follow the browser”");
            }
            locale = parsed.toLanguageTag();
        }
        return new Valid(name, EnumSet.copyOf(person.roles()), zone, locale);
    }

    /** The login as stored: trimmed, in lower case, and of the allowed characters. */
    static String login(@Nullable String typed) {
        String login = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (login.isEmpty()) {
            throw new ValidationException("login", "Login is required");
        }
        if (login.length() < PersonEntry.LOGIN_MIN
                || login.length() > PersonEntry.LOGIN_MAX
                || !LOGIN.matcher(login).matches()) {
            throw new ValidationException("login", loginRule());
        }
        return login;
    }

    /** The rule for logins, in words (the form says the same next to the field). */
    public static String loginRule() {
        return "A login is " + PersonEntry.LOGIN_MIN + " to " + PersonEntry.LOGIN_MAX + " characters: letters a-z, "
                + "digits 0-9, dot (.), underscore (_) or hyphen (-)";
    }

    private static ValidationException loginTaken(String login) {
        return new ValidationException(
                "login", "The login “" + login + "” is taken (whatever its case): choose another");
    }

    /**
     * The enabled admins, their rows (person and role) locked until this transaction ends. Taken
     * before the person changed, by every change that could leave no admin: a second admin's
     * change waits here, then sees the first one's result (docs/design-decisions/DD015).
     */
    private Set<Long> lockAdmins() {
        return db.select(PERSON.PERSON_ID)
                .from(PERSON)
                .join(PERSON_ROLE)
                .on(PERSON_ROLE.PERSON_ID.eq(PERSON.PERSON_ID).and(PERSON_ROLE.ROLE.eq(Role.ADMIN)))
                .where(PERSON.ENABLED.isTrue())
                .orderBy(PERSON.PERSON_ID)
                .forUpdate()
                .fetchSet(PERSON.PERSON_ID);
    }

    /** The person as they stand, their row locked until the change commits; refused when they changed. */
    private PersonEntry locked(long id, int version) {
        int current = db.select(PERSON.VERSION)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(id))
                .forUpdate()
                .fetchOptional(PERSON.VERSION)
                .orElseThrow(() -> new NotFoundException("This person"));
        if (current != version) {
            throw ConcurrentEditException.changed("This person");
        }
        return person(id);
    }

    private void writeRoles(long id, Set<Role> roles) {
        for (Role role : roles) {
            db.insertInto(PERSON_ROLE)
                    .set(PERSON_ROLE.PERSON_ID, id)
                    .set(PERSON_ROLE.ROLE, role)
                    .execute();
        }
    }

    // --- reading, shared ------------------------------------------------------------------------

    private static Condition matching(@Nullable String filter) {
        if (filter == null || filter.isBlank()) {
            return DSL.noCondition();
        }
        String text = filter.strip();
        return PERSON.LOGIN
                .containsIgnoreCase(text)
                .or(PERSON.DISPLAY_NAME.containsIgnoreCase(text))
                .or(DEPARTMENT.NAME.containsIgnoreCase(text));
    }

    private List<PersonEntry> query(Condition where, int offset, int limit) {
        var p = PERSON;
        Field<List<Role>> roles = multiset(
                        select(PERSON_ROLE.ROLE).from(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(p.PERSON_ID)))
                .convertFrom(r -> r.map(role -> role.value1()));
        return db.select(
                        p.PERSON_ID,
                        p.LOGIN,
                        p.DISPLAY_NAME,
                        p.DEPARTMENT_ID,
                        DEPARTMENT.NAME,
                        roles,
                        p.TIME_ZONE,
                        p.LOCALE,
                        p.ENABLED,
                        p.MUST_CHANGE_PASSWORD,
                        p.VERSION)
                .from(p)
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(p.DEPARTMENT_ID))
                .where(where)
                .orderBy(p.DISPLAY_NAME, p.PERSON_ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new PersonEntry(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6().isEmpty() ? Set.of() : EnumSet.copyOf(r.value6()),
                        r.value7(),
                        r.value8(),
                        Boolean.TRUE.equals(r.value9()),
                        Boolean.TRUE.equals(r.value10()),
                        r.value11()));
    }

    private static long identity(PersonEntry person) {
        Long id = person.id();
        if (id == null) {
            throw new IllegalStateException("A person read from the database has an id");
        }
        return id;
    }

    /** "login=ada, name=Ada Lovelace, department=Sales, roles=ADMIN/COACH, …": never a password. */
    static String summary(PersonEntry p) {
        return AdminAudit.summary(
                "login",
                p.login(),
                "name",
                p.displayName(),
                "department",
                p.departmentName(),
                "roles",
                p.roles().stream().sorted().map(Role::name).collect(Collectors.joining("/")),
                "time zone",
                p.timeZone(),
                "locale",
                p.locale() == null ? "browser" : p.locale(),
                "enabled",
                p.enabled() ? "yes" : "no",
                "must change password",
                p.mustChangePassword() ? "yes" : "no");
    }
}

package app.throughline.admin;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.MONTH_TALLY;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PLAN_TALLY;
import static app.throughline.db.Tables.TACTIC;

import app.throughline.audit.AdminAudit;
import app.throughline.audit.AuditAction;
import app.throughline.audit.AuditEntry;
import app.throughline.audit.AuditKind;
import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.Submissions;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUserProvider;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's departments and channels, and the audit of admin changes. Admins only, on every
 * call; every change is recorded in the audit in its own transaction, with what it was before and
 * after. A department is deleted only when nothing refers to it; a channel that tactics use is
 * retired instead of deleted (it stays on them, and is no longer offered for new ones).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AdminService {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private final DSLContext db;
    private final AdminAudit audit;
    private final Submissions submissions;
    private final CurrentUserProvider currentUser;

    AdminService(DSLContext db, AdminAudit audit, Submissions submissions, CurrentUserProvider currentUser) {
        this.db = db;
        this.audit = audit;
        this.submissions = submissions;
        this.currentUser = currentUser;
    }

    // --- departments ----------------------------------------------------------------------------

    /** Every department by name, with how many people and tactics refer to it. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<DepartmentEntry> departments() {
        return departmentQuery(DSL.noCondition());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public DepartmentEntry department(long id) {
        return departmentQuery(DEPARTMENT.DEPARTMENT_ID.eq(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This department"));
    }

    /**
     * Creates a department (no id) or renames it and sets its communications-team flag ({@code
     * department.version()} is what the admin saw). Saved once however often the form is sent.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public DepartmentEntry saveDepartment(DepartmentEntry department, SubmissionKey submission) {
        long id = once(submission, "department", () -> writeDepartment(department));
        return department(id);
    }

    private long writeDepartment(DepartmentEntry department) {
        String name = Check.required("name", "Name", department.name(), DepartmentEntry.NAME_MAX);
        Long id = department.id();
        var d = DEPARTMENT;
        Condition sameName = d.NAME.eq(name);
        if (db.fetchExists(d, id == null ? sameName : sameName.and(d.DEPARTMENT_ID.ne(id)))) {
            throw departmentExists(name);
        }
        String after = departmentSummary(name, department.communicationsTeam());
        try {
            if (id == null) {
                long created = db.insertInto(d)
                        .set(d.NAME, name)
                        .set(d.COMMUNICATIONS_TEAM, department.communicationsTeam())
                        .returningResult(d.DEPARTMENT_ID)
                        .fetchSingle()
                        .value1();
                audit.record(AuditKind.DEPARTMENT, created, AuditAction.CREATE, null, after);
                return created;
            }
            String before = lockedDepartment(id, department.version());
            db.update(d)
                    .set(d.NAME, name)
                    .set(d.COMMUNICATIONS_TEAM, department.communicationsTeam())
                    .set(d.VERSION, d.VERSION.plus(1))
                    .where(d.DEPARTMENT_ID.eq(id))
                    .execute();
            audit.record(AuditKind.DEPARTMENT, id, AuditAction.UPDATE, before, after);
            return id;
        } catch (DuplicateKeyException raced) {
            throw departmentExists(name); // created by someone else between the check and the write
        }
    }

    /**
     * Deletes a department nothing refers to. Otherwise refused, saying what still refers to it
     * ("Still used by 3 people and 120 tactics").
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteDepartment(long id, int version) {
        String before = lockedDepartment(id, version);
        int people = db.fetchCount(PERSON, PERSON.DEPARTMENT_ID.eq(id));
        int tactics = db.fetchCount(TACTIC, TACTIC.DEPARTMENT_ID.eq(id));
        if (people > 0 || tactics > 0) {
            var uses = new ArrayList<String>();
            if (people > 0) {
                uses.add(count(people, "person", "people"));
            }
            if (tactics > 0) {
                uses.add(count(tactics, "tactic", "tactics"));
            }
            throw new ValidationException(
                    null,
                    "Still used by " + String.join(" and ", uses) + ": move them to another department, then delete "
                            + "this one.");
        }
        // the dashboard's tallies keep emptied rows (count 0); they go with the department
        db.deleteFrom(MONTH_TALLY).where(MONTH_TALLY.DEPARTMENT_ID.eq(id)).execute();
        deleteStillReferred(() ->
                db.deleteFrom(DEPARTMENT).where(DEPARTMENT.DEPARTMENT_ID.eq(id)).execute());
        audit.record(AuditKind.DEPARTMENT, id, AuditAction.DELETE, before, null);
    }

    private List<DepartmentEntry> departmentQuery(Condition where) {
        var d = DEPARTMENT;
        Field<Integer> people =
                DSL.field(db.selectCount().from(PERSON).where(PERSON.DEPARTMENT_ID.eq(d.DEPARTMENT_ID)));
        Field<Integer> tactics =
                DSL.field(db.selectCount().from(TACTIC).where(TACTIC.DEPARTMENT_ID.eq(d.DEPARTMENT_ID)));
        return db.select(d.DEPARTMENT_ID, d.NAME, d.COMMUNICATIONS_TEAM, d.VERSION, people, tactics)
                .from(d)
                .where(where)
                .orderBy(d.NAME)
                .fetch(r -> new DepartmentEntry(
                        r.value1(), r.value2(), r.value3(), r.value4(), number(r.value5()), number(r.value6())));
    }

    /** The department's summary as it stands, its row locked until the change commits; refused when it changed. */
    private String lockedDepartment(long id, int version) {
        var d = DEPARTMENT;
        var row = db.select(d.NAME, d.COMMUNICATIONS_TEAM, d.VERSION)
                .from(d)
                .where(d.DEPARTMENT_ID.eq(id))
                .forUpdate()
                .fetchOptional()
                .orElseThrow(() -> new NotFoundException("This department"));
        if (row.value3() != version) {
            throw ConcurrentEditException.changed("This department");
        }
        return departmentSummary(row.value1(), row.value2());
    }

    private static String departmentSummary(String name, boolean communicationsTeam) {
        return AdminAudit.summary("name", name, "communications team", yesNo(communicationsTeam));
    }

    private static ValidationException departmentExists(String name) {
        return new ValidationException("name", "A department called “" + name + "” already exists");
    }

    // --- channels -------------------------------------------------------------------------------

    /** Every channel by name, retired ones included, with how many tactics use it. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ChannelEntry> channels() {
        return channelQuery(DSL.noCondition());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ChannelEntry channel(long id) {
        return channelQuery(CHANNEL.CHANNEL_ID.eq(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This channel"));
    }

    /**
     * Creates a channel (no id) or changes its name, kind, colour, maximum length and counting
     * ({@code channel.version()} is what the admin saw). Whether it is retired is changed by
     * {@link #retireChannel} and {@link #restoreChannel}, not here.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ChannelEntry saveChannel(ChannelEntry channel, SubmissionKey submission) {
        long id = once(submission, "channel", () -> writeChannel(channel));
        return channel(id);
    }

    private long writeChannel(ChannelEntry channel) {
        String name = Check.required("name", "Name", channel.name(), ChannelEntry.NAME_MAX);
        ChannelKind kind = Check.present("kind", "Kind", channel.kind());
        String colour = channel.colour().strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw new ValidationException("colour", "Use a colour such as #3b6ea5: # and six hex digits (0-9, a-f).");
        }
        colour = colour.toLowerCase(Locale.ROOT);
        Integer maxLength = channel.maxLength();
        if (maxLength != null && maxLength <= 0) {
            throw new ValidationException(
                    "maxLength", "The maximum length is a number of characters above 0, or empty for no limit");
        }
        CopyCounting counting = Check.present("counting", "Counting", channel.counting());
        Long id = channel.id();
        var c = CHANNEL;
        Condition sameName = c.NAME.eq(name);
        if (db.fetchExists(c, id == null ? sameName : sameName.and(c.CHANNEL_ID.ne(id)))) {
            throw channelExists(name);
        }
        try {
            if (id == null) {
                long created = db.insertInto(c)
                        .set(c.NAME, name)
                        .set(c.KIND, kind)
                        .set(c.COLOUR, colour)
                        .set(c.MAX_LENGTH, maxLength)
                        .set(c.COUNTING, counting)
                        .returningResult(c.CHANNEL_ID)
                        .fetchSingle()
                        .value1();
                audit.record(
                        AuditKind.CHANNEL,
                        created,
                        AuditAction.CREATE,
                        null,
                        channelSummary(name, kind, colour, maxLength, counting, false));
                return created;
            }
            Locked before = lockedChannel(id, channel.version());
            db.update(c)
                    .set(c.NAME, name)
                    .set(c.KIND, kind)
                    .set(c.COLOUR, colour)
                    .set(c.MAX_LENGTH, maxLength)
                    .set(c.COUNTING, counting)
                    .set(c.VERSION, c.VERSION.plus(1))
                    .where(c.CHANNEL_ID.eq(id))
                    .execute();
            audit.record(
                    AuditKind.CHANNEL,
                    id,
                    AuditAction.UPDATE,
                    before.summary(),
                    channelSummary(name, kind, colour, maxLength, counting, before.retired()));
            return id;
        } catch (DuplicateKeyException raced) {
            throw channelExists(name);
        }
    }

    /** Retires a channel: it stays on the tactics that use it, and is no longer offered for new ones. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ChannelEntry retireChannel(long id, int version) {
        return setRetired(id, version, true);
    }

    /** Offers a retired channel for new tactics again. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ChannelEntry restoreChannel(long id, int version) {
        return setRetired(id, version, false);
    }

    private ChannelEntry setRetired(long id, int version, boolean retired) {
        Locked before = lockedChannel(id, version);
        if (before.retired() == retired) {
            return channel(id); // already so: nothing to change or record
        }
        db.update(CHANNEL)
                .set(CHANNEL.RETIRED, retired)
                .set(CHANNEL.VERSION, CHANNEL.VERSION.plus(1))
                .where(CHANNEL.CHANNEL_ID.eq(id))
                .execute();
        ChannelEntry after = channel(id);
        audit.record(
                AuditKind.CHANNEL,
                id,
                retired ? AuditAction.RETIRE : AuditAction.RESTORE,
                before.summary(),
                channelSummary(after));
        return after;
    }

    /** Deletes a channel no tactic uses; one that tactics use is to be retired instead. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteChannel(long id, int version) {
        Locked before = lockedChannel(id, version);
        int tactics = db.fetchCount(TACTIC, TACTIC.CHANNEL_ID.eq(id));
        if (tactics > 0) {
            throw new ValidationException(
                    null,
                    "Still used by " + count(tactics, "tactic", "tactics") + ": retire it instead, so it stays on "
                            + "them but is no longer offered for new ones.");
        }
        // the plan's and the dashboard's tallies keep emptied rows (count 0); they go with the channel
        db.deleteFrom(PLAN_TALLY).where(PLAN_TALLY.CHANNEL_ID.eq(id)).execute();
        db.deleteFrom(MONTH_TALLY).where(MONTH_TALLY.CHANNEL_ID.eq(id)).execute();
        deleteStillReferred(
                () -> db.deleteFrom(CHANNEL).where(CHANNEL.CHANNEL_ID.eq(id)).execute());
        audit.record(AuditKind.CHANNEL, id, AuditAction.DELETE, before.summary(), null);
    }

    private List<ChannelEntry> channelQuery(Condition where) {
        var c = CHANNEL;
        Field<Integer> tactics = DSL.field(db.selectCount().from(TACTIC).where(TACTIC.CHANNEL_ID.eq(c.CHANNEL_ID)));
        return db.select(
                        c.CHANNEL_ID, c.NAME, c.KIND, c.COLOUR, c.MAX_LENGTH, c.COUNTING, c.RETIRED, c.VERSION, tactics)
                .from(c)
                .where(where)
                .orderBy(c.NAME)
                .fetch(r -> new ChannelEntry(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        number(r.value9())));
    }

    /** A channel's summary as it stands, and whether it is retired. */
    private record Locked(String summary, boolean retired) {}

    /** The channel as it stands, its row locked until the change commits; refused when it changed. */
    private Locked lockedChannel(long id, int version) {
        var c = CHANNEL;
        var row = db.select(c.NAME, c.KIND, c.COLOUR, c.MAX_LENGTH, c.COUNTING, c.RETIRED, c.VERSION)
                .from(c)
                .where(c.CHANNEL_ID.eq(id))
                .forUpdate()
                .fetchOptional()
                .orElseThrow(() -> new NotFoundException("This channel"));
        if (row.value7() != version) {
            throw ConcurrentEditException.changed("This channel");
        }
        return new Locked(
                channelSummary(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6()),
                row.value6());
    }

    private static String channelSummary(ChannelEntry c) {
        return channelSummary(c.name(), c.kind(), c.colour(), c.maxLength(), c.counting(), c.retired());
    }

    private static String channelSummary(
            String name,
            @Nullable ChannelKind kind,
            String colour,
            @Nullable Integer maxLength,
            @Nullable CopyCounting counting,
            boolean retired) {
        return AdminAudit.summary(
                "name",
                name,
                "kind",
                kind == null ? null : kind.label(),
                "colour",
                colour,
                "max length",
                maxLength == null ? "no limit" : maxLength,
                "counting",
                counting == null ? null : counting.label(),
                "retired",
                yesNo(retired));
    }

    private static ValidationException channelExists(String name) {
        return new ValidationException("name", "A channel called “" + name + "” already exists");
    }

    // --- the audit ------------------------------------------------------------------------------

    /** A page of the admin changes, newest first; {@code kind} null for every kind. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> audit(@Nullable AuditKind kind, int offset, int limit) {
        return audit.page(kind, offset, limit);
    }

    /** How many admin changes there are of {@code kind} (null: of every kind). */
    @PreAuthorize("hasRole('ADMIN')")
    public int auditCount(@Nullable AuditKind kind) {
        return audit.count(kind);
    }

    // --- shared ---------------------------------------------------------------------------------

    /** Saves at most once per form sending: a second sending gets the id the first one saved. */
    private long once(SubmissionKey submission, String kind, LongSupplier save) {
        Optional<Long> earlier =
                submissions.claim(submission, kind, currentUser.get().personId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long saved = save.getAsLong();
        submissions.record(submission, saved);
        return saved;
    }

    /**
     * Runs a delete whose row something not counted above may still refer to (a table added after
     * this service, such as the listening log): the database's foreign key refuses it, in words.
     */
    private static void deleteStillReferred(Runnable delete) {
        try {
            delete.run();
        } catch (DataIntegrityViolationException referred) {
            throw new ValidationException(
                    null,
                    "Still used elsewhere in the app (by records this page does not count), so it cannot be deleted.");
        }
    }

    private static String count(int n, String one, String many) {
        return COUNT.format(n) + " " + (n == 1 ? one : many);
    }

    private static int number(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}

package app.throughline.people;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.PERSON_TOPIC;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_COMMENT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of people and departments: the pickers' lists, the searchable directory of
 * experts (by name, topic, department and training), and a person's page. Disabled people are
 * never listed. The directory and the pages are open to everyone who holds a role ({@link
 * PeoplePolicy}); the comments a person received only to that person.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PeopleService {

    /** How far ahead the directory counts a person's tactics. */
    public static final Duration AHEAD = Duration.ofDays(30);

    /** How many tactics a person's page lists, upcoming and recent each. */
    public static final int PAGE_TACTICS = 10;

    /** How many received comments a person's page lists, newest first. */
    public static final int PAGE_COMMENTS = 20;

    private static final List<TacticStatus> NOT_GOING_OUT = List.of(TacticStatus.IDEA, TacticStatus.CANCELLED);

    private final DSLContext db;
    private final PeoplePolicy policy;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    PeopleService(DSLContext db, PeoplePolicy policy, CurrentUserProvider currentUser, Clock clock) {
        this.db = db;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<PersonSummary> people() {
        return db.select(PERSON.PERSON_ID, PERSON.DISPLAY_NAME, PERSON.DEPARTMENT_ID, DEPARTMENT.NAME)
                .from(PERSON)
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(PERSON.DEPARTMENT_ID))
                .where(PERSON.ENABLED.isTrue())
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(Records.mapping(PersonSummary::new));
    }

    /**
     * The people a tactic owned by {@code currentOwner} may be given to: everyone enabled, and the
     * current owner even when an admin disabled them ("Name (disabled)"), so their tactic still
     * shows its owner and can be saved without being handed over first.
     */
    public List<PersonSummary> ownerChoices(long currentOwner) {
        return db.select(PERSON.PERSON_ID, OwnerNames.shown(PERSON), PERSON.DEPARTMENT_ID, DEPARTMENT.NAME)
                .from(PERSON)
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(PERSON.DEPARTMENT_ID))
                .where(PERSON.ENABLED.isTrue().or(PERSON.PERSON_ID.eq(currentOwner)))
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(Records.mapping(PersonSummary::new));
    }

    public List<Department> departments() {
        return db.select(DEPARTMENT.DEPARTMENT_ID, DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .orderBy(DEPARTMENT.NAME)
                .fetch(Records.mapping(Department::new));
    }

    // --- the directory ----------------------------------------------------------------------------

    /** One page of the directory, by name. */
    @PreAuthorize("@peoplePolicy.mayUse()")
    public List<DirectoryEntry> directory(PeopleFilter filter, int offset, int limit) {
        return entries(matching(filter), offset, limit);
    }

    /** How many people the directory lists with this filter. */
    @PreAuthorize("@peoplePolicy.mayUse()")
    public int directoryCount(PeopleFilter filter) {
        return db.fetchCount(PERSON, matching(filter));
    }

    /** Every topic some enabled person knows about, for the topic filter (one spelling each, by name). */
    @PreAuthorize("@peoplePolicy.mayUse()")
    public List<String> topics() {
        var spellings = db.selectDistinct(PERSON_TOPIC.TOPIC)
                .from(PERSON_TOPIC)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(PERSON_TOPIC.PERSON_ID))
                .where(PERSON.ENABLED.isTrue())
                .fetch(Record1::value1);
        // the column compares without case: "pricing" and "Pricing" are one topic, shown once
        var seen = new java.util.TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        spellings.forEach(topic -> seen.putIfAbsent(topic, topic));
        return new ArrayList<>(seen.values());
    }

    private Condition matching(PeopleFilter filter) {
        var p = PERSON;
        Condition where = p.ENABLED.isTrue();
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            where = where.and(p.DISPLAY_NAME
                    .containsIgnoreCase(text)
                    .orExists(selectOne()
                            .from(PERSON_TOPIC)
                            .where(PERSON_TOPIC.PERSON_ID.eq(p.PERSON_ID))
                            .and(PERSON_TOPIC.TOPIC.containsIgnoreCase(text))));
        }
        if (filter.departmentId() != null) {
            where = where.and(p.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.topic() != null && !filter.topic().isBlank()) {
            where = where.andExists(selectOne()
                    .from(PERSON_TOPIC)
                    .where(PERSON_TOPIC.PERSON_ID.eq(p.PERSON_ID))
                    .and(PERSON_TOPIC.TOPIC.eq(filter.topic().strip())));
        }
        if (filter.trained() != null) {
            where = where.and(filter.trained() ? p.TRAINED_ON.isNotNull() : p.TRAINED_ON.isNull());
        }
        return where;
    }

    private List<DirectoryEntry> entries(Condition where, int offset, int limit) {
        var p = PERSON;
        Instant now = clock.instant();
        Field<List<Role>> roles = multiset(
                        select(PERSON_ROLE.ROLE).from(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(p.PERSON_ID)))
                .convertFrom(r -> r.map(Record1::value1).stream()
                        .sorted(Comparator.naturalOrder())
                        .toList());
        Field<List<String>> topics = multiset(select(PERSON_TOPIC.TOPIC)
                        .from(PERSON_TOPIC)
                        .where(PERSON_TOPIC.PERSON_ID.eq(p.PERSON_ID))
                        .orderBy(PERSON_TOPIC.TOPIC))
                .convertFrom(r -> r.map(Record1::value1));
        Field<Integer> ahead = DSL.field(selectCount()
                .from(TACTIC)
                .where(TACTIC.OWNER_ID.eq(p.PERSON_ID))
                .and(TACTIC.SCHEDULED_START.ge(now))
                .and(TACTIC.SCHEDULED_START.lt(now.plus(AHEAD)))
                .and(TACTIC.STATUS.notIn(NOT_GOING_OUT)));
        return db.select(
                        p.PERSON_ID,
                        p.LOGIN,
                        p.DISPLAY_NAME,
                        DEPARTMENT.NAME,
                        roles,
                        topics,
                        p.TRAINED_ON,
                        ahead,
                        p.TIME_ZONE)
                .from(p)
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(p.DEPARTMENT_ID))
                .where(where)
                .orderBy(p.DISPLAY_NAME, p.PERSON_ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new DirectoryEntry(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        ZoneId.of(r.value9())));
    }

    // --- a person's page --------------------------------------------------------------------------

    /** The page of the enabled person who signs in as {@code login}; empty when there is none. */
    @PreAuthorize("@peoplePolicy.mayUse()")
    public Optional<PersonPage> person(String login) {
        CurrentUser me = currentUser.get();
        return entries(PERSON.LOGIN.eq(login.strip()).and(PERSON.ENABLED.isTrue()), 0, 1).stream()
                .findFirst()
                .map(entry -> {
                    boolean mine = entry.id() == me.personId();
                    Instant now = clock.instant();
                    Condition owned = TACTIC.OWNER_ID.eq(entry.id()).and(TACTIC.STATUS.ne(TacticStatus.CANCELLED));
                    var upcoming = tactics(owned.and(TACTIC.SCHEDULED_START.ge(now)), true);
                    var recent = tactics(owned.and(TACTIC.SCHEDULED_START.lt(now)), false);
                    return new PersonPage(entry, upcoming, recent, mine, mine ? received(entry.id()) : List.of());
                });
    }

    /**
     * The coaching comments others wrote on {@code personId}'s tactics, newest first (at most
     * {@value #PAGE_COMMENTS}). Only the person themself may read them.
     */
    @PreAuthorize("@peoplePolicy.mayUse()")
    public List<ReceivedComment> commentsReceived(long personId) {
        policy.requireSelf(personId, "Only the person themself reads the comments they received.");
        return received(personId);
    }

    private List<ReceivedComment> received(long personId) {
        var c = TACTIC_COMMENT;
        return db.select(c.TACTIC_ID, TACTIC.TITLE, PERSON.DISPLAY_NAME, c.BODY, c.SENT_BACK, c.CREATED_AT)
                .from(c)
                .join(TACTIC)
                .on(TACTIC.TACTIC_ID.eq(c.TACTIC_ID))
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(c.AUTHOR_ID))
                .where(TACTIC.OWNER_ID.eq(personId))
                .and(c.AUTHOR_ID.ne(personId))
                .orderBy(c.CREATED_AT.desc(), c.TACTIC_COMMENT_ID.desc())
                .limit(PAGE_COMMENTS)
                .fetch(Records.mapping(ReceivedComment::new));
    }

    private List<TacticLine> tactics(Condition where, boolean soonestFirst) {
        return db.select(TACTIC.TACTIC_ID, TACTIC.TITLE, CHANNEL.NAME, TACTIC.STATUS, TACTIC.SCHEDULED_START)
                .from(TACTIC)
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(TACTIC.CHANNEL_ID))
                .where(where)
                .orderBy(
                        soonestFirst ? TACTIC.SCHEDULED_START.asc() : TACTIC.SCHEDULED_START.desc(),
                        TACTIC.TACTIC_ID.asc())
                .limit(PAGE_TACTICS)
                .fetch(Records.mapping(TacticLine::new));
    }
}

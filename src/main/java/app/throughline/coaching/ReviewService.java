package app.throughline.coaching;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;

import app.throughline.people.OwnerNames;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue (tactics in review, oldest first), the look back (what trained contributors
 * approved themselves lately) and the menu's counts. The queue reads one range of the index
 * {@code ix_tactic_status_since}, so its first page costs the same at ten or ten thousand waiting.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    /** How far back the look back reaches. */
    public static final Duration LOOK_BACK = Duration.ofDays(30);

    private final DSLContext db;
    private final CurrentUserProvider currentUser;
    private final Clock clock;
    private final TacticPolicy policy;

    ReviewService(DSLContext db, CurrentUserProvider currentUser, Clock clock, TacticPolicy policy) {
        this.policy = policy;
        this.db = db;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the tactics waiting in review, the longest-waiting first. */
    @PreAuthorize("@tacticPolicy.mayReviewAny()")
    public List<ReviewEntry> queue(ReviewFilter filter, int offset, int limit) {
        var t = TACTIC;
        // the page's ids first, from the index (status, status_since) alone and in its order; then
        // the names for those few rows (joined first, the optimizer may sort the whole queue)
        var page = DSL.select(t.TACTIC_ID, t.STATUS_SINCE)
                .from(t)
                .where(inQueue(filter))
                .orderBy(t.STATUS_SINCE, t.TACTIC_ID)
                .offset(offset)
                .limit(limit)
                .asTable("page");
        Field<Long> pageId = page.field(t.TACTIC_ID);
        Field<Instant> pageSince = page.field(t.STATUS_SINCE);
        return db.select(
                        t.TACTIC_ID,
                        t.TITLE,
                        OwnerNames.shown(PERSON),
                        DEPARTMENT.NAME,
                        CHANNEL.NAME,
                        t.SCHEDULED_START,
                        t.STATUS_SINCE,
                        t.VERSION,
                        t.OWNER_ID)
                .from(page)
                .join(t)
                .on(t.TACTIC_ID.eq(pageId))
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(t.OWNER_ID))
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID))
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(t.DEPARTMENT_ID))
                .orderBy(pageSince, pageId)
                .fetch(Records.mapping(ReviewEntry::new));
    }

    /** How many tactics the queue holds with this filter. */
    @PreAuthorize("@tacticPolicy.mayReviewAny()")
    public int queueSize(ReviewFilter filter) {
        return db.fetchCount(TACTIC, inQueue(filter));
    }

    /** How many tactics wait in review: the reviewer's menu badge (0 for everyone else). */
    public int waiting() {
        if (!policy.mayReview(currentUser.get())) {
            return 0;
        }
        return db.fetchCount(TACTIC, TACTIC.STATUS.eq(TacticStatus.IN_REVIEW));
    }

    /**
     * How many of the signed-in person's tactics a reviewer sent back and they have not changed
     * since: their menu badge. A draft whose last step was someone else's "send back" and that
     * has no edit by its owner after it.
     */
    public int sentBackToMe() {
        long me = currentUser.get().personId();
        var t = TACTIC;
        var c = TACTIC_STATUS_CHANGE;
        return db.fetchCount(db.selectOne()
                .from(t)
                .where(t.OWNER_ID.eq(me))
                .and(t.STATUS.eq(TacticStatus.DRAFT))
                .and(t.UPDATED_BY.ne(me))
                .andExists(db.selectOne()
                        .from(c)
                        .where(c.TACTIC_ID.eq(t.TACTIC_ID))
                        .and(c.FROM_STATUS.eq(TacticStatus.IN_REVIEW))
                        .and(c.TO_STATUS.eq(TacticStatus.DRAFT))
                        .and(c.CHANGED_BY.ne(me))
                        .and(c.CHANGED_AT.eq(t.STATUS_SINCE))));
    }

    /**
     * What trained contributors approved (or scheduled, or recorded as published) themselves,
     * without review, in the last 30 days, newest first: a coach can leave a note afterwards.
     */
    @PreAuthorize("@tacticPolicy.mayReviewAny()")
    public List<ReviewEntry> lookBack(int offset, int limit) {
        var t = TACTIC;
        var c = TACTIC_STATUS_CHANGE;
        return db.select(
                        t.TACTIC_ID,
                        t.TITLE,
                        OwnerNames.shown(PERSON),
                        DEPARTMENT.NAME,
                        CHANNEL.NAME,
                        t.SCHEDULED_START,
                        c.CHANGED_AT,
                        t.VERSION,
                        t.OWNER_ID)
                .from(c)
                .join(t)
                .on(t.TACTIC_ID.eq(c.TACTIC_ID))
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(t.OWNER_ID))
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(t.CHANNEL_ID))
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(t.DEPARTMENT_ID))
                .where(lookBackCondition())
                .orderBy(c.CHANGED_AT.desc(), c.TACTIC_STATUS_CHANGE_ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ReviewEntry::new));
    }

    /** How many entries the look back holds. */
    @PreAuthorize("@tacticPolicy.mayReviewAny()")
    public int lookBackSize() {
        return db.fetchCount(db.selectOne()
                .from(TACTIC_STATUS_CHANGE)
                .join(TACTIC)
                .on(TACTIC.TACTIC_ID.eq(TACTIC_STATUS_CHANGE.TACTIC_ID))
                .where(lookBackCondition()));
    }

    /** Steps to approved or later in the last 30 days, taken by the owner, a contributor who reviews no one. */
    private Condition lookBackCondition() {
        var t = TACTIC;
        var c = TACTIC_STATUS_CHANGE;
        return c.TO_STATUS
                .in(TacticStatus.APPROVED, TacticStatus.SCHEDULED, TacticStatus.PUBLISHED)
                .and(c.CHANGED_AT.ge(clock.instant().minus(LOOK_BACK)))
                .and(c.CHANGED_BY.eq(t.OWNER_ID))
                .and(c.FROM_STATUS.isNull().or(c.FROM_STATUS.in(TacticStatus.DRAFT, TacticStatus.IN_REVIEW)))
                .and(selfApprover(c.CHANGED_BY));
    }

    private static Condition inQueue(ReviewFilter filter) {
        Condition condition = TACTIC.STATUS.eq(TacticStatus.IN_REVIEW);
        if (filter.departmentId() != null) {
            condition = condition.and(TACTIC.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.channelId() != null) {
            condition = condition.and(TACTIC.CHANNEL_ID.eq(filter.channelId()));
        }
        return condition;
    }

    /**
     * A person whose own approval skipped the review: a contributor holding none of the reviewing
     * roles (a marketer approving their own post is not a trained contributor's "direct dial").
     */
    private static Condition selfApprover(Field<Long> personId) {
        return DSL.exists(DSL.selectOne()
                        .from(PERSON_ROLE)
                        .where(PERSON_ROLE.PERSON_ID.eq(personId))
                        .and(PERSON_ROLE.ROLE.eq(Role.CONTRIBUTOR)))
                .andNotExists(DSL.selectOne()
                        .from(PERSON_ROLE)
                        .where(PERSON_ROLE.PERSON_ID.eq(personId))
                        .and(PERSON_ROLE.ROLE.in(Role.ADMIN, Role.STRATEGIST, Role.MARKETER, Role.COACH)));
    }
}

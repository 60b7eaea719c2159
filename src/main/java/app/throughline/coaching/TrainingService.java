package app.throughline.coaching;

import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_ROLE;

import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social-policy training: a coach or an admin records the day a person completed it, and
 * the person's trust follows at their next step (the tactic policy reads it at each check).
 * Everyone sees their own status.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrainingService {

    private final DSLContext db;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    TrainingService(DSLContext db, CurrentUserProvider currentUser, Clock clock) {
        this.db = db;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's own training. */
    public TrainingStatus mine() {
        return status(currentUser.get().personId());
    }

    /** Every enabled person who writes tactics as a contributor, untrained first, then by name. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public List<TrainingStatus> contributors() {
        return select().where(PERSON.ENABLED.isTrue())
                .andExists(DSL.selectOne()
                        .from(PERSON_ROLE)
                        .where(PERSON_ROLE.PERSON_ID.eq(PERSON.PERSON_ID))
                        .and(PERSON_ROLE.ROLE.eq(Role.CONTRIBUTOR)))
                .orderBy(PERSON.TRAINED_ON.isNotNull(), PERSON.DISPLAY_NAME)
                .fetch(Records.mapping(TrainingStatus::new));
    }

    /**
     * Records that the person completed the training on {@code day} (null: takes the record back,
     * say it was entered for the wrong person).
     *
     * @param version the person's version the coach saw
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public TrainingStatus record(long personId, int version, @Nullable LocalDate day) {
        if (day != null
                && day.isAfter(LocalDate.now(clock.withZone(currentUser.get().zone())))) {
            throw new ValidationException("trainedOn", "The training cannot be completed in the future");
        }
        if (day != null
                && !db.fetchExists(
                        PERSON_ROLE, PERSON_ROLE.PERSON_ID.eq(personId).and(PERSON_ROLE.ROLE.eq(Role.CONTRIBUTOR)))) {
            throw new ValidationException(
                    "trainedOn",
                    "Only contributors take the social-policy training: it decides whether a coach reviews their posts");
        }
        int updated = db.update(PERSON)
                .set(PERSON.TRAINED_ON, day)
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.PERSON_ID.eq(personId).and(PERSON.VERSION.eq(version)))
                .execute();
        if (updated != 1) {
            status(personId); // says "not found" when the person is gone
            throw ConcurrentEditException.changed("This person");
        }
        return status(personId);
    }

    private TrainingStatus status(long personId) {
        return select().where(PERSON.PERSON_ID.eq(personId))
                .fetchOptional(Records.mapping(TrainingStatus::new))
                .orElseThrow(() -> new NotFoundException("This person"));
    }

    private SelectOnConditionStep<Record5<Long, String, String, LocalDate, Integer>> select() {
        return db.select(PERSON.PERSON_ID, PERSON.DISPLAY_NAME, DEPARTMENT.NAME, PERSON.TRAINED_ON, PERSON.VERSION)
                .from(PERSON)
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(PERSON.DEPARTMENT_ID));
    }
}

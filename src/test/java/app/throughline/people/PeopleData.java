package app.throughline.people;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_TOPIC;

import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The people rows a test needs beyond {@code testing.TestData}: topics, disabled people, forced changes. */
@Component
public class PeopleData {

    private final DSLContext db;

    PeopleData(DSLContext db) {
        this.db = db;
    }

    /** Gives the person these expertise topics (besides any they have). */
    public void topics(long personId, String... topics) {
        for (String topic : topics) {
            db.insertInto(PERSON_TOPIC)
                    .set(PERSON_TOPIC.PERSON_ID, personId)
                    .set(PERSON_TOPIC.TOPIC, topic)
                    .execute();
        }
    }

    public void disable(long personId) {
        db.update(PERSON)
                .set(PERSON.ENABLED, false)
                .where(PERSON.PERSON_ID.eq(personId))
                .execute();
    }

    public void trainedOn(long personId, LocalDate day) {
        db.update(PERSON)
                .set(PERSON.TRAINED_ON, day)
                .where(PERSON.PERSON_ID.eq(personId))
                .execute();
    }

    /**
     * Marks the person as signing in with a password an admin set, and returns them as the sign-in
     * loads such a person: with no roles, and "must change the password".
     */
    public CurrentUser mustChangePassword(CurrentUser person) {
        db.update(PERSON)
                .set(PERSON.MUST_CHANGE_PASSWORD, true)
                .where(PERSON.PERSON_ID.eq(person.personId()))
                .execute();
        return new CurrentUser(
                person.personId(),
                person.login(),
                person.displayName(),
                person.zone(),
                EnumSet.noneOf(Role.class),
                person.trained(),
                null,
                true);
    }

    public boolean mustChange(long personId) {
        return db.select(PERSON.MUST_CHANGE_PASSWORD)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(personId))
                .fetchSingle()
                .value1();
    }

    public String passwordHash(long personId) {
        return db.select(PERSON.PASSWORD_HASH)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(personId))
                .fetchSingle()
                .value1();
    }

    /** People, their topics and roles, and the coaching comments, as one comparable string. */
    public String snapshot() {
        return String.join(
                "|",
                db.selectFrom(PERSON).orderBy(PERSON.PERSON_ID).fetch().formatCSV(),
                db.selectFrom(PERSON_TOPIC)
                        .orderBy(PERSON_TOPIC.PERSON_ID, PERSON_TOPIC.TOPIC)
                        .fetch()
                        .formatCSV(),
                db.selectFrom(app.throughline.db.Tables.TACTIC_COMMENT)
                        .orderBy(app.throughline.db.Tables.TACTIC_COMMENT.TACTIC_COMMENT_ID)
                        .fetch()
                        .formatCSV());
    }
}

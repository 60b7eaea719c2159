package app.throughline.people;

import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.PERSON;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of people and departments, as far as planning needs it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PeopleService {

    private final DSLContext db;

    PeopleService(DSLContext db) {
        this.db = db;
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

    public List<Department> departments() {
        return db.select(DEPARTMENT.DEPARTMENT_ID, DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .orderBy(DEPARTMENT.NAME)
                .fetch(Records.mapping(Department::new));
    }
}

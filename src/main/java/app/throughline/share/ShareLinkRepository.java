package app.throughline.share;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.SHARE_LINK;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

@Repository
class ShareLinkRepository {

    private final DSLContext db;

    ShareLinkRepository(DSLContext db) {
        this.db = db;
    }

    long insert(
            long creatorId,
            String tokenHash,
            String label,
            String filterQuery,
            boolean showBodies,
            LocalDate expiresOn,
            Instant at) {
        var s = SHARE_LINK;
        return db.insertInto(s)
                .set(s.CREATED_BY, creatorId)
                .set(s.TOKEN_HASH, tokenHash)
                .set(s.LABEL, label)
                .set(s.FILTER_QUERY, filterQuery)
                .set(s.SHOW_BODIES, showBodies)
                .set(s.EXPIRES_ON, expiresOn)
                .set(s.CREATED_AT, at)
                .returningResult(s.SHARE_LINK_ID)
                .fetchSingle()
                .value1();
    }

    /** Every link not revoked, newest first (expired ones too, so their creator sees them end). */
    List<ShareLink> notRevoked() {
        return select().where(SHARE_LINK.REVOKED_AT.isNull())
                .orderBy(SHARE_LINK.CREATED_AT.desc(), SHARE_LINK.SHARE_LINK_ID.desc())
                .fetch(Records.mapping(ShareLink::new));
    }

    Optional<ShareLink> notRevoked(long id) {
        return select().where(SHARE_LINK.SHARE_LINK_ID.eq(id))
                .and(SHARE_LINK.REVOKED_AT.isNull())
                .fetchOptional(Records.mapping(ShareLink::new));
    }

    void revoke(long id, Instant at) {
        db.update(SHARE_LINK)
                .set(SHARE_LINK.REVOKED_AT, at)
                .where(SHARE_LINK.SHARE_LINK_ID.eq(id))
                .and(SHARE_LINK.REVOKED_AT.isNull())
                .execute();
    }

    /** A link by its token's hash, revoked or not, with its creator's time zone. */
    Optional<Found> byHash(String tokenHash) {
        var s = SHARE_LINK;
        return db.select(s.LABEL, s.FILTER_QUERY, s.SHOW_BODIES, s.EXPIRES_ON, s.REVOKED_AT, PERSON.TIME_ZONE)
                .from(s)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(s.CREATED_BY))
                .where(s.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> new Found(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5() != null, ZoneId.of(r.value6())));
    }

    record Found(
            String label, String filterQuery, boolean showBodies, LocalDate expiresOn, boolean revoked, ZoneId zone) {}

    private SelectOnConditionStep<Record8<Long, String, String, Boolean, LocalDate, Instant, Long, String>> select() {
        var s = SHARE_LINK;
        return db.select(
                        s.SHARE_LINK_ID,
                        s.LABEL,
                        s.FILTER_QUERY,
                        s.SHOW_BODIES,
                        s.EXPIRES_ON,
                        s.CREATED_AT,
                        s.CREATED_BY,
                        PERSON.DISPLAY_NAME)
                .from(s)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(s.CREATED_BY));
    }
}

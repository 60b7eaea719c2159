package app.throughline.feed;

import static app.throughline.db.Tables.CALENDAR_FEED;
import static app.throughline.db.Tables.PERSON;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class FeedRepository {

    private final DSLContext db;

    FeedRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long personId, String tokenHash, String name, @Nullable String filterQuery, Instant at) {
        return db.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.PERSON_ID, personId)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.NAME, name)
                .set(CALENDAR_FEED.FILTER_QUERY, filterQuery)
                .set(CALENDAR_FEED.CREATED_AT, at)
                .returningResult(CALENDAR_FEED.CALENDAR_FEED_ID)
                .fetchSingle()
                .value1();
    }

    List<CalendarFeed> active(long personId) {
        var f = CALENDAR_FEED;
        return db.select(f.CALENDAR_FEED_ID, f.NAME, f.FILTER_QUERY, f.CREATED_AT)
                .from(f)
                .where(f.PERSON_ID.eq(personId))
                .and(f.REVOKED_AT.isNull())
                .orderBy(f.CREATED_AT, f.CALENDAR_FEED_ID)
                .fetch(Records.mapping(CalendarFeed::new));
    }

    /** Revokes the person's feed; false when they have no such active feed. */
    boolean revoke(long personId, long feedId, Instant at) {
        var f = CALENDAR_FEED;
        return db.update(f)
                        .set(f.REVOKED_AT, at)
                        .where(f.CALENDAR_FEED_ID.eq(feedId))
                        .and(f.PERSON_ID.eq(personId))
                        .and(f.REVOKED_AT.isNull())
                        .execute()
                > 0;
    }

    Optional<FeedOwner> activeByHash(String tokenHash) {
        var f = CALENDAR_FEED;
        return db.select(f.CALENDAR_FEED_ID, f.PERSON_ID, PERSON.LOGIN, f.NAME, f.FILTER_QUERY)
                .from(f)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(f.PERSON_ID))
                .where(f.TOKEN_HASH.eq(tokenHash))
                .and(f.REVOKED_AT.isNull())
                .and(PERSON.ENABLED.isTrue())
                .fetchOptional(Records.mapping(FeedOwner::new));
    }

    Optional<FeedOwner> activeFeed(long feedId) {
        var f = CALENDAR_FEED;
        return db.select(f.CALENDAR_FEED_ID, f.PERSON_ID, PERSON.LOGIN, f.NAME, f.FILTER_QUERY)
                .from(f)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(f.PERSON_ID))
                .where(f.CALENDAR_FEED_ID.eq(feedId))
                .and(f.REVOKED_AT.isNull())
                .fetchOptional(Records.mapping(FeedOwner::new));
    }
}

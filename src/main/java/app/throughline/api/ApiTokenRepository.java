package app.throughline.api;

import static app.throughline.db.Tables.API_TOKEN;
import static app.throughline.db.Tables.PERSON;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The api_token table: each person's tokens by their SHA-256 (changeset 014). */
@Component
class ApiTokenRepository {

    /** A token found by its hash, with the login of its person. */
    record Found(long tokenId, String login, @Nullable Instant lastUsedAt) {}

    private final DSLContext db;

    ApiTokenRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Found> byHash(String hash) {
        return db.select(API_TOKEN.API_TOKEN_ID, PERSON.LOGIN, API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(API_TOKEN.PERSON_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(hash))
                .fetchOptional(Records.mapping(Found::new));
    }

    void touch(long tokenId, Instant now) {
        db.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN.API_TOKEN_ID.eq(tokenId))
                .execute();
    }

    long insert(long personId, String name, String hash, String hint, Instant now) {
        return db.insertInto(API_TOKEN)
                .set(API_TOKEN.PERSON_ID, personId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.HINT, hint)
                .set(API_TOKEN.CREATED_AT, now)
                .returningResult(API_TOKEN.API_TOKEN_ID)
                .fetchSingle()
                .value1();
    }

    List<ApiToken> ofPerson(long personId) {
        return db.select(
                        API_TOKEN.API_TOKEN_ID,
                        API_TOKEN.NAME,
                        API_TOKEN.HINT,
                        API_TOKEN.CREATED_AT,
                        API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.PERSON_ID.eq(personId))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.API_TOKEN_ID.desc())
                .fetch(Records.mapping(ApiToken::new));
    }

    int count(long personId) {
        return db.fetchCount(API_TOKEN, API_TOKEN.PERSON_ID.eq(personId));
    }

    /** Deletes the token if it is {@code personId}'s; whether it was. */
    boolean delete(long tokenId, long personId) {
        return db.deleteFrom(API_TOKEN)
                        .where(API_TOKEN.API_TOKEN_ID.eq(tokenId))
                        .and(API_TOKEN.PERSON_ID.eq(personId))
                        .execute()
                == 1;
    }
}

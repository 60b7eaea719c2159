package app.throughline.share;

import static app.throughline.db.Tables.CALENDAR_FEED;
import static app.throughline.db.Tables.SHARE_LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.feed.CalendarFeed;
import app.throughline.feed.CreatedFeed;
import app.throughline.feed.FeedService;
import app.throughline.feed.Tokens;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.Persona;
import app.throughline.testing.RoleTable;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every cell of docs/roles.md, "Feeds and share links", against the services: "yes" must succeed
 * and show its effect; "no" must be refused ({@link AccessDeniedException}) and change nothing.
 */
class FeedsAndSharingRolesTest extends ServiceTestBase {

    @Autowired
    FeedService feeds;

    @Autowired
    ShareLinkService links;

    @Autowired
    DSLContext db;

    static Stream<Arguments> cells() {
        return RoleTable.cells("Feeds and share links").stream();
    }

    private static LocalDate nextWeek() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(7);
    }

    private Map<String, Action> actions(long myFeed, long otherFeed, long myLink, long otherLink) {
        return Map.ofEntries(
                Map.entry(
                        "feed-create",
                        new Action(
                                () -> feeds.create("Mine", null),
                                () -> feeds.mine().stream()
                                        .anyMatch(f -> f.name().equals("Mine")))),
                Map.entry(
                        "feed-list",
                        new Action(
                                () -> assertThat(feeds.mine())
                                        .extracting(CalendarFeed::id)
                                        .containsExactly(myFeed),
                                () -> true)),
                Map.entry(
                        "feed-revoke-own",
                        new Action(
                                () -> feeds.revoke(myFeed), () -> feeds.mine().isEmpty())),
                Map.entry(
                        "feed-other",
                        new Action(
                                () -> {
                                    try {
                                        feeds.entries(otherFeed);
                                    } finally {
                                        feeds.revoke(otherFeed);
                                    }
                                },
                                () -> false)),
                Map.entry(
                        "share-create",
                        new Action(
                                () -> links.create("Board", "channel=1", false, nextWeek()),
                                () -> db.fetchCount(SHARE_LINK, SHARE_LINK.LABEL.eq("Board")) == 1)),
                Map.entry(
                        "share-list",
                        new Action(
                                () -> assertThat(links.list())
                                        .extracting(ShareLink::id)
                                        .containsExactlyInAnyOrder(myLink, otherLink),
                                () -> true)),
                Map.entry("share-revoke-own", new Action(() -> links.revoke(myLink), () -> revoked(myLink))),
                Map.entry("share-revoke-other", new Action(() -> links.revoke(otherLink), () -> revoked(otherLink))));
    }

    private long shareLink(long creatorId, String label) {
        return db.insertInto(SHARE_LINK)
                .set(SHARE_LINK.CREATED_BY, creatorId)
                .set(SHARE_LINK.TOKEN_HASH, Tokens.hash(Tokens.newToken()))
                .set(SHARE_LINK.LABEL, label)
                .set(SHARE_LINK.FILTER_QUERY, "")
                .set(SHARE_LINK.EXPIRES_ON, nextWeek())
                .set(SHARE_LINK.CREATED_AT, Instant.now())
                .returningResult(SHARE_LINK.SHARE_LINK_ID)
                .fetchSingle()
                .value1();
    }

    private boolean revoked(long link) {
        return db.fetchCount(SHARE_LINK, SHARE_LINK.SHARE_LINK_ID.eq(link).and(SHARE_LINK.REVOKED_AT.isNotNull())) == 1;
    }

    private String snapshot() {
        return db.selectFrom(CALENDAR_FEED)
                        .orderBy(CALENDAR_FEED.CALENDAR_FEED_ID)
                        .fetch()
                        .formatCSV()
                + db.selectFrom(SHARE_LINK)
                        .orderBy(SHARE_LINK.SHARE_LINK_ID)
                        .fetch()
                        .formatCSV();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void theServicesAllowExactlyWhatTheRoleTableSays(String action, Persona persona, boolean allowed) {
        CurrentUser me = persona.create(data);
        CurrentUser other = data.person("other", Role.STRATEGIST);
        signIn(other);
        CreatedFeed otherFeed = feeds.create("Theirs", null);
        long otherLink = links.create("Theirs", "", false, nextWeek()).link().id();
        signIn(me);
        long myFeed = feeds.create("First", null).feed().id();
        // a link of "mine" is written directly: most roles may not create one
        long myLink = shareLink(me.personId(), "My link");

        Action scenario =
                actions(myFeed, otherFeed.feed().id(), myLink, otherLink).get(action);
        assertThat(scenario)
                .as("a scenario for the action “%s” of docs/roles.md", action)
                .isNotNull();
        String before = snapshot();
        if (allowed) {
            scenario.run().run();
            assertThat(scenario.happened().getAsBoolean())
                    .as("the effect of “%s”", action)
                    .isTrue();
        } else {
            assertThatThrownBy(() -> scenario.run().run()).isInstanceOf(AccessDeniedException.class);
            assertThat(snapshot()).as("nothing changed").isEqualTo(before);
        }
    }

    /** @param happened whether the allowed action had its effect */
    private record Action(Runnable run, BooleanSupplier happened) {}
}

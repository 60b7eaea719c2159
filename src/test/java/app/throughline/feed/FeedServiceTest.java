package app.throughline.feed;

import static app.throughline.db.Tables.CALENDAR_FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class FeedServiceTest extends ServiceTestBase {

    @Autowired
    FeedService feeds;

    @Autowired
    DSLContext db;

    @Test
    void aNewFeedsTokenIsShownOnceAndOnlyItsHashIsStored() {
        CurrentUser me = data.person("me", Role.MARKETER);
        signIn(me);

        CreatedFeed created = feeds.create("My posts", null);

        assertThat(created.token()).hasSize(Tokens.LENGTH).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.path()).isEqualTo("/feed/" + created.token() + ".ics");
        String stored = db.select(CALENDAR_FEED.TOKEN_HASH)
                .from(CALENDAR_FEED)
                .where(CALENDAR_FEED.CALENDAR_FEED_ID.eq(created.feed().id()))
                .fetchSingle()
                .value1();
        assertThat(stored).isEqualTo(Tokens.hash(created.token())).doesNotContain(created.token());
        assertThat(db.fetchCount(CALENDAR_FEED, CALENDAR_FEED.TOKEN_HASH.eq(created.token())))
                .isZero();
        assertThat(feeds.mine()).extracting(CalendarFeed::name).containsExactly("My posts");
        assertThat(feeds.owner(created.token()))
                .get()
                .extracting(FeedOwner::login)
                .isEqualTo("me");
    }

    @Test
    void tokensCarry256RandomBitsSoNoOneCanDeriveAnothersToken() {
        var seen = new HashSet<String>();
        int ones = 0;
        int tokens = 500;
        for (int i = 0; i < tokens; i++) {
            String token = Tokens.newToken();
            assertThat(seen.add(token)).as("a token never repeats").isTrue();
            byte[] bits = Base64.getUrlDecoder().decode(token);
            assertThat(bits).hasSize(32);
            for (byte b : bits) {
                ones += Integer.bitCount(b & 0xff);
            }
        }
        // 128,000 fair bits: the share of ones lies within 1% of a half (about 7 standard deviations)
        double share = ones / (tokens * 256.0);
        assertThat(share).isBetween(0.49, 0.51);
        // consecutive tokens share no prefix worth guessing from
        String a = Tokens.newToken();
        String b = Tokens.newToken();
        assertThat(a.substring(0, 8)).isNotEqualTo(b.substring(0, 8));
    }

    @Test
    void aRevokedFeedOpensNothing() {
        signIn(data.person("me", Role.CONTRIBUTOR));
        CreatedFeed created = feeds.create("Mine", null);

        feeds.revoke(created.feed().id());

        assertThat(feeds.owner(created.token())).isEmpty();
        assertThat(feeds.mine()).isEmpty();
    }

    @Test
    void nobodyRevokesOrReadsSomeoneElsesFeed() {
        signIn(data.person("me", Role.CONTRIBUTOR));
        CreatedFeed mine = feeds.create("Mine", null);
        signIn(data.person("other", Role.ADMIN));

        assertThatThrownBy(() -> feeds.revoke(mine.feed().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.revoke(-1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feeds.entries(mine.feed().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.stamp(mine.feed().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(feeds.mine()).isEmpty();
    }

    @Test
    void aMyTacticsFeedHoldsTheOwnersTacticsOfTheWindowAndAFilterFeedItsFilter() {
        CurrentUser me = data.person("me", Role.CONTRIBUTOR);
        CurrentUser other = data.person("other", Role.MARKETER);
        long linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long blog = data.channel("Blog", ChannelKind.OWNED);
        long strategy = data.strategy(data.objective("Grow", other.personId()), "Voice", other.personId());
        Instant soon = Instant.now().plus(Duration.ofDays(5));
        long mine = data.tactic(strategy, null, "Mine", linkedIn, soon, null, TacticStatus.DRAFT, me.personId());
        long theirs = data.tactic(strategy, null, "Theirs", blog, soon, null, TacticStatus.DRAFT, other.personId());
        data.tactic(
                strategy,
                null,
                "Too late",
                linkedIn,
                Instant.now().plus(Duration.ofDays(400)),
                null,
                TacticStatus.DRAFT,
                me.personId());
        signIn(me);

        CreatedFeed myTactics = feeds.create("Mine", null);
        CreatedFeed blogFeed =
                feeds.create("Blog", "http://localhost:8080/?view=week&channel=" + blog + "&colour=objective");

        assertThat(feeds.entries(myTactics.feed().id()))
                .extracting(FeedEntry::id)
                .containsExactly(mine);
        assertThat(blogFeed.feed().filterQuery()).isEqualTo("channel=" + blog);
        assertThat(feeds.entries(blogFeed.feed().id()))
                .extracting(FeedEntry::id)
                .containsExactly(theirs);
        assertThat(feeds.stamp(myTactics.feed().id()).count()).isEqualTo(1);
    }

    @Test
    void aFeedNeedsANameAndAnAddressWithAFilter() {
        signIn(data.person("me", Role.EXECUTIVE));

        assertThatThrownBy(() -> feeds.create("  ", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> feeds.create("x".repeat(81), null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> feeds.create("Week", "http://localhost/?view=week"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no calendar filter");
    }

    @Test
    void someoneWithNoRoleHasNoFeeds() {
        signIn(data.person("me"));

        assertThatThrownBy(() -> feeds.create("Mine", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void malformedTokensAreNotLookedUp() {
        assertThat(feeds.owner("short")).isEmpty();
        assertThat(feeds.owner("x".repeat(42) + "!")).isEmpty();
    }
}

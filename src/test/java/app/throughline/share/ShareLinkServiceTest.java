package app.throughline.share;

import static app.throughline.db.Tables.SHARE_LINK;
import static app.throughline.db.Tables.TACTIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.channel.ChannelKind;
import app.throughline.common.SubmissionKey;
import app.throughline.common.ValidationException;
import app.throughline.feed.FeedEntry;
import app.throughline.feed.Tokens;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.share.SharedCalendar.State;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class ShareLinkServiceTest extends ServiceTestBase {

    @Autowired
    ShareLinkService links;

    @Autowired
    TacticService tactics;

    @Autowired
    DSLContext db;

    CurrentUser strategist;
    long blog;
    long linkedIn;
    long blogPost;
    long post;
    Instant from;
    Instant to;

    @BeforeEach
    void aPlanWithTwoChannels() {
        strategist = data.person("sam", Role.STRATEGIST);
        blog = data.channel("Blog", ChannelKind.OWNED);
        linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long strategy = data.strategy(data.objective("Grow", strategist.personId()), "Voice", strategist.personId());
        Instant soon = Instant.now().plus(Duration.ofDays(2));
        blogPost = data.tactic(
                strategy, null, "Pricing article", blog, soon, null, TacticStatus.DRAFT, strategist.personId());
        post = data.tactic(strategy, null, "Teaser", linkedIn, soon, null, TacticStatus.DRAFT, strategist.personId());
        db.update(TACTIC)
                .set(TACTIC.BODY, "The draft text")
                .where(TACTIC.TACTIC_ID.in(blogPost, post))
                .execute();
        from = Instant.now().minus(Duration.ofDays(1));
        to = Instant.now().plus(Duration.ofDays(10));
    }

    private LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static void visitor() {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "visitor", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    @Test
    void aLinkShowsItsFilteredCalendarToAVisitorWithoutBodiesUnlessChosen() {
        signIn(strategist);
        CreatedShareLink hidden =
                links.create("Board", "http://x/?view=week&channel=" + blog, false, today().plusDays(7));
        CreatedShareLink shown = links.create("Agency", "channel=" + blog, true, today().plusDays(7));
        assertThat(links.list())
                .extracting(ShareLink::label, ShareLink::creatorName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Agency", "Sam Tester"),
                        org.assertj.core.groups.Tuple.tuple("Board", "Sam Tester"));
        String stored = db.select(SHARE_LINK.TOKEN_HASH)
                .from(SHARE_LINK)
                .where(SHARE_LINK.SHARE_LINK_ID.eq(hidden.link().id()))
                .fetchSingle()
                .value1();
        assertThat(stored).isEqualTo(Tokens.hash(hidden.token()));
        visitor();

        SharedCalendar calendar = links.open(hidden.token());
        assertThat(calendar.state()).isEqualTo(State.OPEN);
        assertThat(calendar.label()).isEqualTo("Board");
        assertThat(links.tactics(hidden.token(), from, to))
                .extracting(FeedEntry::id)
                .containsExactly(blogPost);
        assertThat(links.tactic(hidden.token(), blogPost).orElseThrow().body()).isNull();
        assertThat(links.tactic(hidden.token(), post)).as("outside the filter").isEmpty();
        assertThat(links.tactic(shown.token(), blogPost).orElseThrow().body()).isEqualTo("The draft text");
    }

    @Test
    void anExpiredRevokedOrUnknownLinkShowsNothing() {
        signIn(strategist);
        CreatedShareLink expiring = links.create("Board", "", false, today());
        CreatedShareLink revoked = links.create("Agency", "", false, today().plusDays(3));
        links.revoke(revoked.link().id());
        db.update(SHARE_LINK)
                .set(SHARE_LINK.EXPIRES_ON, today().minusDays(1))
                .where(SHARE_LINK.SHARE_LINK_ID.eq(expiring.link().id()))
                .execute();
        visitor();

        assertThat(links.open(expiring.token()).state()).isEqualTo(State.EXPIRED);
        assertThat(links.open(revoked.token()).state()).isEqualTo(State.REVOKED);
        assertThat(links.open(Tokens.newToken()).state()).isEqualTo(State.UNKNOWN);
        assertThat(links.open("../etc").state()).isEqualTo(State.UNKNOWN);
        for (String token : List.of(expiring.token(), revoked.token())) {
            assertThat(links.tactics(token, from, to)).isEmpty();
            assertThat(links.tactic(token, blogPost)).isEmpty();
        }
    }

    @Test
    void aVisitorCanWriteNothing() {
        signIn(strategist);
        CreatedShareLink link = links.create("Board", "", true, today().plusDays(3));
        Tactic tactic = tactics.tactic(blogPost);
        visitor();
        assertThat(links.open(link.token()).open()).isTrue();

        List<Runnable> writes = List.of(
                () -> tactics.save(tactic, SubmissionKey.random()),
                () -> tactics.changeStatus(blogPost, tactic.version(), TacticStatus.CANCELLED),
                () -> tactics.reschedule(
                        blogPost, tactic.version(), Instant.now().plus(Duration.ofDays(4))),
                () -> tactics.delete(blogPost, tactic.version()),
                () -> links.create("Mine", "", true, today().plusDays(3)),
                () -> links.revoke(link.link().id()),
                () -> links.list());
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
        assertThat(data.tacticCount()).isEqualTo(2);
        assertThat(links.open(link.token()).open()).isTrue();
    }

    @Test
    void aLinkNeedsALabelAndAnExpiryWithinAYear() {
        signIn(strategist);

        assertThatThrownBy(() -> links.create(" ", "", false, today())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> links.create("Board", "", false, today().minusDays(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> links.create("Board", "", false, today().plusDays(400)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyItsCreatorOrAnAdminRevokesALink() {
        signIn(strategist);
        CreatedShareLink link = links.create("Board", "", false, today().plusDays(3));
        signIn(data.person("mia", Role.MARKETER));
        assertThatThrownBy(() -> links.revoke(link.link().id())).isInstanceOf(AccessDeniedException.class);
        signIn(data.person("ada", Role.ADMIN));
        links.revoke(link.link().id());
        assertThat(links.list()).isEmpty();
    }
}

package app.throughline.share.ui;

import static app.throughline.db.Tables.SHARE_LINK;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.calendar.ui.FullCalendar;
import app.throughline.channel.ChannelKind;
import app.throughline.feed.Tokens;
import app.throughline.security.CurrentUser;
import app.throughline.security.PersonPrincipal;
import app.throughline.security.Role;
import app.throughline.share.ShareLinkService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.SentToBrowser;
import app.throughline.testing.ViewTestBase;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A share link opened by someone who is not signed in. */
class SharedCalendarViewTest extends ViewTestBase {

    @Autowired
    ShareLinkService links;

    @Autowired
    DSLContext db;

    CurrentUser sam;
    long blogPost;
    Instant when;

    @BeforeEach
    void aPlan() {
        sam = data.person("sam", Role.MARKETER);
        long blog = data.channel("Blog", ChannelKind.OWNED);
        long linkedIn = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long strategy = data.strategy(data.objective("Grow", sam.personId()), "Voice", sam.personId());
        YearMonth month = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
        when = month.atDay(10).atTime(9, 0).toInstant(ZoneOffset.UTC);
        blogPost = data.tactic(
                strategy, null, "Pricing <i>article</i>", blog, when, null, TacticStatus.APPROVED, sam.personId());
        data.tactic(strategy, null, "Teaser", linkedIn, when, null, TacticStatus.DRAFT, sam.personId());
    }

    /** Runs {@code action} as Sam, for the services only: the visitor of the page stays nobody. */
    private <T> T asSam(Supplier<T> action) {
        var principal = new PersonPrincipal(sam, "", true);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String link(String filter, boolean bodies) {
        return asSam(() -> links.create(
                        "Board", filter, bodies, LocalDate.now(ZoneOffset.UTC).plusDays(40)))
                .token();
    }

    @Test
    void aVisitorSeesTheFilteredMonthReadOnlyAndNoMenu() {
        String token = link("kind=owned", false);
        open("shared/" + token + "?month=" + YearMonth.now(ZoneOffset.UTC).plusMonths(1));

        assertThat(_get(H1.class).getText()).isEqualTo("Board");
        assertThat(_find(SideNav.class)).isEmpty();
        var calendar = _get(FullCalendar.class);
        String events = (String) SentToBrowser.lastCall(calendar, "show").get(2);
        assertThat(events).contains("Blog · Pricing <i>article</i>").doesNotContain("Teaser");
        assertThat(events).contains("\"editable\":false").doesNotContain("\"startEditable\":true");

        ComponentUtil.fireEvent(calendar, new FullCalendar.EventClick(calendar, true, blogPost));
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Pricing <i>article</i>");
        assertThat(_find(
                        Paragraph.class,
                        spec -> spec.withPredicate(p -> p.getText().startsWith("Blog · Approved"))))
                .hasSize(1);
    }

    @Test
    void anExpiredOrRevokedLinkSaysSoAndShowsNoData() {
        String token = link("", false);
        String expiring = link("", true);
        asSam(() -> {
            links.revoke(links.list().getLast().id());
            return null;
        });
        db.update(SHARE_LINK)
                .set(SHARE_LINK.EXPIRES_ON, LocalDate.now(ZoneOffset.UTC).minusDays(1))
                .where(SHARE_LINK.TOKEN_HASH.eq(Tokens.hash(expiring)))
                .execute();

        open("shared/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("This link was revoked");
        assertThat(_find(FullCalendar.class)).isEmpty();

        open("shared/" + expiring);
        assertThat(_get(H1.class).getText()).isEqualTo("This link has expired");
        assertThat(_find(FullCalendar.class)).isEmpty();

        open("shared/" + "A".repeat(43));
        assertThat(_get(H1.class).getText()).isEqualTo("This link does not exist");
    }
}

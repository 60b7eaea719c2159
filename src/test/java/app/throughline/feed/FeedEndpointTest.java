package app.throughline.feed;

import static app.throughline.db.Tables.TACTIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.throughline.channel.ChannelKind;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code GET /feed/{token}.ics} as a calendar app sees it: no sign-in, parsed by ical4j. */
class FeedEndpointTest extends ServiceTestBase {

    @Autowired
    WebApplicationContext context;

    @Autowired
    FeedService feeds;

    @Autowired
    DSLContext db;

    MockMvc calendarApp;
    CurrentUser me;
    long draft;
    long cancelled;
    Instant start;

    @BeforeEach
    void aPersonWithTwoTacticsAndAFeed() {
        calendarApp = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        me = data.person("me", Role.CONTRIBUTOR);
        CurrentUser other = data.person("other", Role.MARKETER);
        long channel = data.channel("LinkedIn", ChannelKind.SOCIAL);
        long strategy = data.strategy(data.objective("Grow", other.personId()), "Voice", other.personId());
        start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        draft = data.tactic(
                strategy, null, "Launch <b>post</b>", channel, start, null, TacticStatus.DRAFT, me.personId());
        cancelled = data.tactic(
                strategy,
                null,
                "Dropped webinar",
                channel,
                start.plus(Duration.ofDays(1)),
                start.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)),
                TacticStatus.CANCELLED,
                me.personId());
        db.update(TACTIC)
                .set(TACTIC.VERSION, 4)
                .set(TACTIC.BODY, "Secret body text")
                .where(TACTIC.TACTIC_ID.eq(draft))
                .execute();
        data.tactic(strategy, null, "Someone else's", channel, start, null, TacticStatus.DRAFT, other.personId());
    }

    private String newFeed() {
        signIn(me);
        String token = feeds.create("Mine", null).token();
        SecurityContextHolder.clearContext(); // the calendar app is nobody
        return token;
    }

    @Test
    void theFeedIsRfc5545ThatIcal4jParses() throws Exception {
        String token = newFeed();

        MockHttpServletResponse response =
                calendarApp.perform(get("/feed/" + token + ".ics")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNotBlank();
        assertThat(response.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).as("no session").isNull();
        String ics = response.getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue())
                .isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(value(first, Property.UID)).isEqualTo("tactic-" + draft + "@throughline");
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("4");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("LinkedIn · Launch <b>post</b>");
        assertThat(value(first, Property.DTSTART)).endsWith("Z");
        assertThat(value(first, Property.DTEND)).endsWith("Z");
        assertThat(value(first, Property.DTSTAMP)).endsWith("Z");
        assertThat(value(first, Property.URL)).endsWith("/tactics/" + draft);
        assertThat(value(first, Property.STATUS)).isEqualTo("TENTATIVE");
        VEvent second = events.get(1);
        assertThat(value(second, Property.UID)).isEqualTo("tactic-" + cancelled + "@throughline");
        assertThat(value(second, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(ics).doesNotContain("Secret body text").doesNotContain("Someone else");
        assertThat(ics).contains("\r\n");
    }

    @Test
    void anUnknownOrRevokedTokenAnswers404() throws Exception {
        String token = newFeed();
        signIn(me);
        feeds.revoke(feeds.mine().getFirst().id());
        SecurityContextHolder.clearContext();

        assertThat(status("/feed/" + token + ".ics")).isEqualTo(404);
        assertThat(status("/feed/" + Tokens.newToken() + ".ics")).isEqualTo(404);
        assertThat(status("/feed/nonsense.ics")).isEqualTo(404);
    }

    @Test
    void aDisabledOwnersFeedAnswers404() throws Exception {
        String token = newFeed();
        data.disable(me.personId());

        assertThat(status("/feed/" + token + ".ics")).isEqualTo(404);
    }

    @Test
    void nothingChangedAnswers304AndAChangeANewBody() throws Exception {
        String token = newFeed();
        String url = "/feed/" + token + ".ics";
        MockHttpServletResponse first =
                calendarApp.perform(get(url)).andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        String lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);

        MockHttpServletResponse byTag = calendarApp
                .perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andReturn()
                .getResponse();
        MockHttpServletResponse byDate = calendarApp
                .perform(get(url).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andReturn()
                .getResponse();
        assertThat(byTag.getStatus()).isEqualTo(304);
        assertThat(byTag.getContentAsString()).isEmpty();
        assertThat(byDate.getStatus()).isEqualTo(304);

        db.update(TACTIC)
                .set(TACTIC.VERSION, TACTIC.VERSION.plus(1))
                .set(TACTIC.UPDATED_AT, Instant.now())
                .where(TACTIC.TACTIC_ID.eq(draft))
                .execute();
        MockHttpServletResponse changed = calendarApp
                .perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andReturn()
                .getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        assertThat(changed.getContentAsString()).contains("SEQUENCE:5");

        db.deleteFrom(TACTIC).where(TACTIC.TACTIC_ID.eq(cancelled)).execute();
        MockHttpServletResponse deleted = calendarApp
                .perform(get(url).header(HttpHeaders.IF_NONE_MATCH, changed.getHeader(HttpHeaders.ETAG)))
                .andReturn()
                .getResponse();
        assertThat(deleted.getStatus()).as("a deletion changes the ETag").isEqualTo(200);
    }

    private int status(String url) throws Exception {
        return calendarApp.perform(get(url)).andReturn().getResponse().getStatus();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}

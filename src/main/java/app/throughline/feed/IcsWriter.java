package app.throughline.feed;

import app.throughline.tactic.TacticStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a feed as RFC 5545 with ical4j: one VEVENT per tactic, its UID stable
 * ({@code tactic-{id}@throughline}), SEQUENCE its version, times in UTC, the summary "Channel ·
 * title", a link to the tactic's page, cancelled ones as STATUS:CANCELLED. No body (DD018).
 */
final class IcsWriter {

    static final String PROD_ID = "-//Throughline//Calendar feed 1.0//EN";

    /** A tactic at a moment (a post) shows as half an hour, so calendars draw it as an event. */
    static final Duration MOMENT = Duration.ofMinutes(30);

    private IcsWriter() {}

    static String uid(long tacticId) {
        return "tactic-" + tacticId + "@throughline";
    }

    /**
     * @param baseUrl the site's address without a trailing slash, for the links back
     * @param stamp when the feed was written (DTSTAMP)
     */
    static String write(String name, List<FeedEntry> entries, String baseUrl, Instant stamp) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PROD_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Throughline · " + name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (FeedEntry e : entries) {
            calendar.add(event(e, baseUrl, stamp));
        }
        var out = new StringWriter(256 + entries.size() * 400);
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static VEvent event(FeedEntry e, String baseUrl, Instant stamp) {
        Instant end = e.end() == null ? e.start().plus(MOMENT) : e.end();
        var event = new VEvent(e.start(), end, e.channelName() + " · " + e.title());
        String link = baseUrl + "/tactics/" + e.id();
        event.replace(new Uid(uid(e.id())));
        event.replace(new DtStamp(stamp));
        event.add(new LastModified(e.updatedAt()));
        event.add(new Sequence(e.version()));
        event.add(new Url(URI.create(link)));
        event.add(new Description(e.status().label() + " · " + e.channelName() + "\n" + link));
        if (e.status() == TacticStatus.CANCELLED) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        } else if (e.status().tentative()) {
            event.add(ImmutableStatus.VEVENT_TENTATIVE);
        } else {
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
        }
        return event;
    }
}

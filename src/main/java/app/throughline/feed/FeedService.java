package app.throughline.feed;

import app.throughline.calendar.CalendarFilter;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feeds: create (the token shown once), list, revoke; and what a
 * feed holds, read as its owner: the feed endpoint signs its owner in for the request and every
 * read here checks that the caller is that owner (DD018).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FeedService {

    /** A feed holds the tactics from this many months back ... */
    public static final int MONTHS_BACK = 3;

    /** ... to this many months ahead of today (UTC). */
    public static final int MONTHS_AHEAD = 12;

    /** At most this many tactics in one feed (the earliest of the window). */
    public static final int MAX_EVENTS = 10_000;

    private final FeedRepository feeds;
    private final WindowQuery window;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    FeedService(FeedRepository feeds, WindowQuery window, CurrentUserProvider currentUser, Clock clock) {
        this.feeds = feeds;
        this.window = window;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's active feeds, oldest first. */
    @PreAuthorize("@feedService.mayHaveFeeds()")
    public List<CalendarFeed> mine() {
        return feeds.active(currentUser.get().personId());
    }

    /**
     * A new feed of the caller's: of their own tactics when {@code calendarAddress} is null or
     * blank, else of the calendar filter in that address (a whole calendar URL or its query).
     */
    @Transactional
    @PreAuthorize("@feedService.mayHaveFeeds()")
    public CreatedFeed create(String name, @Nullable String calendarAddress) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("name", "Give the feed a name");
        }
        if (trimmed.length() > CalendarFeed.NAME_MAX) {
            throw new ValidationException("name", "A name can be at most " + CalendarFeed.NAME_MAX + " characters");
        }
        String filter =
                calendarAddress == null || calendarAddress.isBlank() ? null : FilterQuery.normalise(calendarAddress);
        if (filter != null && filter.isEmpty()) {
            throw new ValidationException(
                    "filter",
                    "That address holds no calendar filter: set filters on the calendar and copy its address");
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        long id = feeds.insert(currentUser.get().personId(), Tokens.hash(token), trimmed, filter, now);
        return new CreatedFeed(new CalendarFeed(id, trimmed, filter, now), token);
    }

    /** Revokes one of the caller's feeds: its URL answers 404 from now on. */
    @Transactional
    @PreAuthorize("@feedService.mayHaveFeeds()")
    public void revoke(long feedId) {
        FeedOwner feed = ownFeed(feedId);
        feeds.revoke(feed.personId(), feedId, clock.instant());
    }

    /** Whether the caller holds a role (someone who must first replace their password has none). */
    public boolean mayHaveFeeds() {
        return !currentUser.get().roles().isEmpty();
    }

    /** The feed a token opens, if it is active and its owner enabled; open to anyone who holds the URL. */
    @PreAuthorize("permitAll()")
    public Optional<FeedOwner> owner(String token) {
        return Tokens.wellFormed(token) ? feeds.activeByHash(Tokens.hash(token)) : Optional.empty();
    }

    /** How the feed's window stands (for ETag and Last-Modified); only as the feed's owner. */
    @PreAuthorize("@feedService.mayHaveFeeds()")
    public WindowStamp stamp(long feedId) {
        FeedOwner feed = ownFeed(feedId);
        return window.stamp(from(), to(), filter(feed));
    }

    /** The tactics of the feed's window, by start; only as the feed's owner. */
    @PreAuthorize("@feedService.mayHaveFeeds()")
    public List<FeedEntry> entries(long feedId) {
        FeedOwner feed = ownFeed(feedId);
        return window.entries(from(), to(), filter(feed), MAX_EVENTS);
    }

    private FeedOwner ownFeed(long feedId) {
        CurrentUser me = currentUser.get();
        FeedOwner feed = feeds.activeFeed(feedId).orElseThrow(() -> new NotFoundException("This feed"));
        if (feed.personId() != me.personId()) {
            throw new AccessDeniedException("Only its owner reads a feed");
        }
        return feed;
    }

    private static CalendarFilter filter(FeedOwner feed) {
        return feed.filterQuery() == null
                ? new CalendarFilter(null, null, null, null, null, null, null, null, feed.personId())
                : FilterQuery.parse(feed.filterQuery());
    }

    private Instant from() {
        return today().minusMonths(MONTHS_BACK).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private Instant to() {
        return today().plusMonths(MONTHS_AHEAD).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}

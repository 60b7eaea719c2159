package app.throughline.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /feed/{token}.ics}: a person's feed for calendar apps, which cannot sign in. The
 * token is the key; the request then runs as the feed's owner, so the services check what that
 * person may read. An unknown or revoked token, or a disabled owner, answers 404 alike. ETag and
 * Last-Modified let a calendar app poll cheaply: nothing changed, 304 and no body (DD018).
 */
@RestController
class FeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FeedService feeds;
    private final UserDetailsService people;
    private final Clock clock;
    private final SiteAddress site;

    FeedController(FeedService feeds, UserDetailsService people, Clock clock, SiteAddress site) {
        this.feeds = feeds;
        this.people = people;
        this.clock = clock;
        this.site = site;
    }

    static String path(String token) {
        return "/feed/" + token + ".ics";
    }

    @GetMapping("/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        Optional<FeedOwner> found = feeds.owner(token);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        FeedOwner feed = found.get();
        UserDetails owner;
        try {
            owner = people.loadUserByUsername(feed.login());
        } catch (UsernameNotFoundException gone) {
            return ResponseEntity.notFound().build();
        }
        if (!owner.isEnabled() || owner.getAuthorities().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return answer(feed, request);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ResponseEntity<String> answer(FeedOwner feed, HttpServletRequest request) {
        WindowStamp stamp = feeds.stamp(feed.feedId());
        String etag = stamp.etag();
        Instant lastModified = stamp.lastModified().truncatedTo(ChronoUnit.SECONDS);
        if (notModified(request, etag, lastModified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .lastModified(lastModified)
                    .cacheControl(caching())
                    .build();
        }
        String body = IcsWriter.write(feed.name(), feeds.entries(feed.feedId()), site.of(request), clock.instant());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .eTag(etag)
                .lastModified(lastModified)
                .cacheControl(caching())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"throughline.ics\"")
                .body(body);
    }

    /** If-None-Match wins over If-Modified-Since when both are sent (RFC 9110, 13.2.2). */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals(etag) || t.equals("*")) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
    }

    /** Private (the URL is a secret), and revalidated at every poll. */
    private static CacheControl caching() {
        return CacheControl.noCache().cachePrivate();
    }
}

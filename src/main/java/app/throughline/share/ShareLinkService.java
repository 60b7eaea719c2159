package app.throughline.share;

import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.feed.FeedEntry;
import app.throughline.feed.FilterQuery;
import app.throughline.feed.Tokens;
import app.throughline.feed.WindowQuery;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.share.SharedCalendar.State;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only share links: admins, strategists and marketers create, list and revoke them; a
 * visitor with the token reads the calendar of its filter and nothing else. The visitor's methods
 * take the token every time and re-check it, so a link revoked or expired while the page is open
 * shows nothing more; none of them writes (DD018).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ShareLinkService {

    /** A shared month shows at most this many tactics. */
    public static final int MAX_TACTICS = 3_000;

    private final ShareLinkRepository links;
    private final SharePolicy policy;
    private final WindowQuery window;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ShareLinkService(
            ShareLinkRepository links,
            SharePolicy policy,
            WindowQuery window,
            CurrentUserProvider currentUser,
            Clock clock) {
        this.links = links;
        this.policy = policy;
        this.window = window;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every link not revoked, with its creator, newest first. */
    @PreAuthorize("@sharePolicy.mayShare()")
    public List<ShareLink> list() {
        return links.notRevoked();
    }

    /**
     * A new link to the calendar filtered as in {@code calendarAddress} (a calendar URL or its
     * query; no filter shares the whole calendar), open through {@code expiresOn}.
     */
    @Transactional
    @PreAuthorize("@sharePolicy.mayShare()")
    public CreatedShareLink create(String label, String calendarAddress, boolean showBodies, LocalDate expiresOn) {
        String trimmed = label.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("label", "Say who or what the link is for");
        }
        if (trimmed.length() > ShareLink.LABEL_MAX) {
            throw new ValidationException("label", "At most " + ShareLink.LABEL_MAX + " characters");
        }
        LocalDate today = today();
        if (expiresOn.isBefore(today)) {
            throw new ValidationException("expiresOn", "The link must be open at least today");
        }
        if (expiresOn.isAfter(today.plusDays(ShareLink.MAX_DAYS))) {
            throw new ValidationException("expiresOn", "A link may stay open for a year at most");
        }
        CurrentUser me = currentUser.get();
        String filter = FilterQuery.normalise(calendarAddress);
        String token = Tokens.newToken();
        Instant now = clock.instant();
        long id = links.insert(me.personId(), Tokens.hash(token), trimmed, filter, showBodies, expiresOn, now);
        return new CreatedShareLink(
                new ShareLink(id, trimmed, filter, showBodies, expiresOn, now, me.personId(), me.displayName()), token);
    }

    /** Revokes a link: it shows "revoked" from now on. Its creator, or an admin. */
    @Transactional
    @PreAuthorize("@sharePolicy.mayShare()")
    public void revoke(long id) {
        ShareLink link = links.notRevoked(id).orElseThrow(() -> new NotFoundException("This share link"));
        if (!policy.mayRevoke(currentUser.get(), link)) {
            throw new AccessDeniedException("Only its creator or an admin revokes a share link");
        }
        links.revoke(id, clock.instant());
    }

    /** What a token opens, for anyone who holds it. */
    @PreAuthorize("permitAll()")
    public SharedCalendar open(String token) {
        if (!Tokens.wellFormed(token)) {
            return SharedCalendar.closed(State.UNKNOWN);
        }
        return links.byHash(Tokens.hash(token))
                .map(found -> found.revoked()
                        ? SharedCalendar.closed(State.REVOKED)
                        : today().isAfter(found.expiresOn())
                                ? SharedCalendar.closed(State.EXPIRED)
                                : new SharedCalendar(
                                        State.OPEN,
                                        found.label(),
                                        FilterQuery.parse(found.filterQuery()),
                                        found.showBodies(),
                                        found.expiresOn(),
                                        found.zone()))
                .orElse(SharedCalendar.closed(State.UNKNOWN));
    }

    /** The tactics of [from, to) the link shows; nothing once it is closed. */
    @PreAuthorize("permitAll()")
    public List<FeedEntry> tactics(String token, Instant from, Instant to) {
        SharedCalendar shared = open(token);
        return shared.open() ? window.entries(from, to, shared.filter(), MAX_TACTICS) : List.of();
    }

    /** One tactic of the link's filter, its body only if the link shows bodies; nothing once it is closed. */
    @PreAuthorize("permitAll()")
    public Optional<SharedTactic> tactic(String token, long tacticId) {
        SharedCalendar shared = open(token);
        if (!shared.open()) {
            return Optional.empty();
        }
        return window.one(tacticId, shared.filter(), shared.showBodies())
                .map(found -> new SharedTactic(found.entry(), found.body()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}

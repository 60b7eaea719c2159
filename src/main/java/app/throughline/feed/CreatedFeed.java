package app.throughline.feed;

/** A feed just created, with its token: the only time the token is known (DD018). */
public record CreatedFeed(CalendarFeed feed, String token) {

    /** The path of the feed under the site's address. */
    public String path() {
        return FeedController.path(token);
    }
}

package app.throughline.share;

/** A share link just created, with its token: the only time the token is known. */
public record CreatedShareLink(ShareLink link, String token) {

    /** The path of the shared calendar under the site's address. */
    public String path() {
        return "/shared/" + token;
    }
}

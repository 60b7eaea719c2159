package app.throughline.api;

/**
 * A token just made: {@code secret} is the token to send as {@code Authorization: Bearer ...},
 * available only now; the database keeps its SHA-256 alone.
 */
public record NewApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[" + token + ", secret=(hidden)]";
    }
}

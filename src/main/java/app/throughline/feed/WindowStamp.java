package app.throughline.feed;

import java.time.Instant;

/**
 * What changes whenever the tactics of a window change: how many there are, a checksum of their
 * ids and versions (every save raises a version; a deletion changes count and checksum), and the
 * latest change. The feed's ETag and Last-Modified (DD018).
 */
public record WindowStamp(int count, long checksum, Instant lastModified) {

    /** A strong ETag, quoted as HTTP wants it. */
    public String etag() {
        return "\"" + count + "-" + Long.toHexString(checksum) + "-" + lastModified.toEpochMilli() + "\"";
    }
}

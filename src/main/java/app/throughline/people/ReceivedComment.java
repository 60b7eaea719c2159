package app.throughline.people;

import java.time.Instant;

/**
 * A coaching comment someone else wrote on one of the person's tactics. Plain text.
 *
 * @param sentBack whether it came with a "send back"
 */
public record ReceivedComment(
        long tacticId, String tacticTitle, String author, String body, boolean sentBack, Instant writtenAt) {}

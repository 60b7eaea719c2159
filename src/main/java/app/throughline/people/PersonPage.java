package app.throughline.people;

import java.util.List;

/**
 * What a person's page shows.
 *
 * @param upcoming their tactics scheduled from now on, soonest first
 * @param recent their tactics scheduled before now, latest first
 * @param me whether it is the signed-in person's own page
 * @param commentsReceived the coaching comments others wrote on their tactics; empty unless {@code me}
 */
public record PersonPage(
        DirectoryEntry person,
        List<TacticLine> upcoming,
        List<TacticLine> recent,
        boolean me,
        List<ReceivedComment> commentsReceived) {}

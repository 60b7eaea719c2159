package app.throughline.alignment;

import app.throughline.tactic.TacticStatus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The definitions of the alignment measures, in one place (DESIGN.md, "Alignment measures"; the
 * contract for the dashboard, the plan's warnings and the API).
 *
 * <ul>
 *   <li>"In the period": the scheduled start lies inside the period, read in the viewer's time
 *       zone (from the first instant of its first day to the first instant after its last).
 *   <li>Only tactics that are going out count in a mix: IDEA and CANCELLED are left out.
 *   <li>Silo: a strategy or department with at least {@link #SILO_MIN_TACTICS} tactics in the
 *       period, all on one channel kind.
 *   <li>Starved: an objective whose period is running today and that has no counted tactic
 *       starting within {@link #STARVED_HORIZON} from now.
 *   <li>Unaligned idea: a tactic with no strategy, with its age.
 *   <li>Participation: of the SOCIAL tactics in the period, the share owned outside the
 *       departments marked as communications team (a tactic's department is its owner's when it
 *       was planned; a tactic without one counts as outside).
 *   <li>Conversation share: tactics with interaction mode CONVERSATION as a share of all.
 * </ul>
 */
public final class AlignmentRules {

    /** A strategy or department needs at least this many tactics in the period to be called a silo. */
    public static final int SILO_MIN_TACTICS = 5;

    /** An objective with nothing starting this soon is starved. */
    public static final Duration STARVED_HORIZON = Duration.ofDays(28);

    /** The statuses that count in every mix: everything but ideas and cancelled tactics. */
    public static final Set<TacticStatus> COUNTED =
            EnumSet.complementOf(EnumSet.of(TacticStatus.IDEA, TacticStatus.CANCELLED));

    private AlignmentRules() {}

    /**
     * An unaligned idea's age, the same wherever it is shown: "today", "1 day", "43 days", whole
     * calendar days in the viewer's zone from the day it was noted to {@code today}.
     */
    public static String age(java.time.Instant noted, java.time.ZoneId zone, java.time.LocalDate today) {
        long days =
                java.time.temporal.ChronoUnit.DAYS.between(noted.atZone(zone).toLocalDate(), today);
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "1 day" : days + " days";
    }

    /** A share in whole percent, rounded half up; 0 of 0 is 0. */
    public static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) ((part * 200 + whole) / (2 * whole));
    }
}

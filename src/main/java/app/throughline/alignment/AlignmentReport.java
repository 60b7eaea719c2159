package app.throughline.alignment;

import app.throughline.channel.ChannelKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every figure of the dashboard for one period and filter, computed by {@link AlignmentService}
 * with the definitions of {@link AlignmentRules}.
 *
 * @param total counted tactics in the period (ideas and cancelled left out)
 * @param overTime campaign vs branding and conversation vs broadcast per week or month
 * @param objectives the channel-kind mix per objective, objectives without tactics left out
 * @param departments per department: channel kinds, social tactics, conversation share
 */
public record AlignmentReport(
        ReportPeriod period,
        AlignmentFilter filter,
        int total,
        List<BucketMix> overTime,
        List<ObjectiveMix> objectives,
        List<DepartmentMix> departments,
        Health health) {

    public int campaign() {
        return overTime.stream().mapToInt(BucketMix::campaign).sum();
    }

    public int branding() {
        return overTime.stream().mapToInt(BucketMix::branding).sum();
    }

    public int conversation() {
        return overTime.stream().mapToInt(BucketMix::conversation).sum();
    }

    /** Social tactics in the period. */
    public int social() {
        return departments.stream().mapToInt(DepartmentMix::social).sum();
    }

    /** Social tactics owned outside the communications team. */
    public int socialOutsideCommunications() {
        return departments.stream()
                .filter(d -> !d.communicationsTeam())
                .mapToInt(DepartmentMix::social)
                .sum();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** One week or month: counted tactics by intent and by interaction mode. */
    public record BucketMix(ReportPeriod.Bucket bucket, int campaign, int branding, int conversation, int broadcast) {
        public int total() {
            return campaign + branding;
        }
    }

    /** An objective's counted tactics per channel kind, and how many of them are conversations. */
    public record ObjectiveMix(long id, String name, Map<ChannelKind, Integer> byKind, int conversation) {
        public ObjectiveMix {
            byKind = Map.copyOf(byKind);
        }

        public int total() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A department's counted tactics per channel kind, and how many of them are conversations.
     *
     * @param id the department, or {@link AlignmentFilter#NO_DEPARTMENT}
     */
    public record DepartmentMix(
            long id, String name, boolean communicationsTeam, Map<ChannelKind, Integer> byKind, int conversation) {
        public DepartmentMix {
            byKind = Map.copyOf(byKind);
        }

        public int total() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int social() {
            return byKind.getOrDefault(ChannelKind.SOCIAL, 0);
        }
    }

    /**
     * The warnings: silo strategies and departments in the period, objectives starved now,
     * unaligned ideas now.
     */
    public record Health(
            List<Silo> siloStrategies,
            List<Silo> siloDepartments,
            List<Starved> starvedObjectives,
            int unalignedIdeas,
            @Nullable Instant oldestUnalignedIdea) {

        Health withSiloDepartments(List<Silo> silos) {
            return new Health(siloStrategies, silos, starvedObjectives, unalignedIdeas, oldestUnalignedIdea);
        }

        public boolean isSiloStrategy(long id) {
            return siloStrategies.stream().anyMatch(s -> s.id() == id);
        }

        public boolean isStarved(long objectiveId) {
            return starvedObjectives.stream().anyMatch(s -> s.id() == objectiveId);
        }
    }

    /** A strategy or department whose tactics in the period all sit on one channel kind. */
    public record Silo(long id, String name, int tactics, ChannelKind kind) {
        /** "silo: 14 tactics, all social". */
        public String why() {
            return "silo: " + tactics + " tactics, all " + kind.label().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An objective running today with nothing starting in the next 28 days. */
    public record Starved(long id, String name) {
        public static String why() {
            return "starved: nothing planned in the next " + AlignmentRules.STARVED_HORIZON.toDays() + " days";
        }
    }
}

package app.throughline.alignment;

import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;
import org.jspecify.annotations.Nullable;

/**
 * What the figures are narrowed to; every part optional (null: no restriction). The dashboard's
 * filters set the first three; a click on a bar adds the rest to list the tactics behind it, so
 * the list and the figure come from the same conditions.
 *
 * @param departmentId a department, or {@link #NO_DEPARTMENT} for tactics credited to none
 * @param communicationsTeam true: only the communications team's tactics; false: only the others'
 */
public record AlignmentFilter(
        @Nullable Long objectiveId,
        @Nullable Long departmentId,
        @Nullable ChannelKind channelKind,
        @Nullable Long strategyId,
        @Nullable Intent intent,
        @Nullable InteractionMode mode,
        @Nullable Boolean communicationsTeam) {

    /** Stands for "no department" where a department id is expected (no real row has id 0). */
    public static final long NO_DEPARTMENT = 0L;

    public static final AlignmentFilter NONE = new AlignmentFilter(null, null, null, null, null, null, null);

    /** The dashboard's own filters. */
    public static AlignmentFilter of(
            @Nullable Long objectiveId, @Nullable Long departmentId, @Nullable ChannelKind channelKind) {
        return new AlignmentFilter(objectiveId, departmentId, channelKind, null, null, null, null);
    }

    public AlignmentFilter withObjective(@Nullable Long id) {
        return new AlignmentFilter(id, departmentId, channelKind, strategyId, intent, mode, communicationsTeam);
    }

    public AlignmentFilter withDepartment(@Nullable Long id) {
        return new AlignmentFilter(objectiveId, id, channelKind, strategyId, intent, mode, communicationsTeam);
    }

    public AlignmentFilter withChannelKind(@Nullable ChannelKind kind) {
        return new AlignmentFilter(objectiveId, departmentId, kind, strategyId, intent, mode, communicationsTeam);
    }

    public AlignmentFilter withStrategy(@Nullable Long id) {
        return new AlignmentFilter(objectiveId, departmentId, channelKind, id, intent, mode, communicationsTeam);
    }

    public AlignmentFilter withIntent(@Nullable Intent value) {
        return new AlignmentFilter(objectiveId, departmentId, channelKind, strategyId, value, mode, communicationsTeam);
    }

    public AlignmentFilter withMode(@Nullable InteractionMode value) {
        return new AlignmentFilter(
                objectiveId, departmentId, channelKind, strategyId, intent, value, communicationsTeam);
    }

    public AlignmentFilter withCommunicationsTeam(@Nullable Boolean value) {
        return new AlignmentFilter(objectiveId, departmentId, channelKind, strategyId, intent, mode, value);
    }
}

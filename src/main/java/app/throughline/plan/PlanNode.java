package app.throughline.plan;

import app.throughline.channel.ChannelKind;
import app.throughline.tactic.TacticStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of the plan tree. Objectives hold strategies, strategies hold campaigns; tactics load on demand. */
public sealed interface PlanNode {

    long id();

    String name();

    String ownerName();

    int version();

    /** Tactics under this node, per channel kind. */
    ChannelMix mix();

    /** "Objective", "Strategy", "Campaign", "Tactic". */
    String typeLabel();

    record ObjectiveNode(
            long id,
            String name,
            String ownerName,
            LocalDate startsOn,
            LocalDate endsOn,
            String kpiMetric,
            int version,
            List<StrategyNode> strategies)
            implements PlanNode {

        @Override
        public ChannelMix mix() {
            return strategies.stream().map(StrategyNode::mix).reduce(ChannelMix.EMPTY, ChannelMix::plus);
        }

        @Override
        public String typeLabel() {
            return "Objective";
        }
    }

    record StrategyNode(
            long id,
            long objectiveId,
            String name,
            String ownerName,
            LocalDate startsOn,
            LocalDate endsOn,
            int version,
            ChannelMix directMix,
            List<CampaignNode> campaigns)
            implements PlanNode {

        /** Tactics under the strategy directly plus those under its campaigns. */
        @Override
        public ChannelMix mix() {
            return campaigns.stream().map(CampaignNode::mix).reduce(directMix, ChannelMix::plus);
        }

        @Override
        public String typeLabel() {
            return "Strategy";
        }
    }

    record CampaignNode(
            long id,
            long strategyId,
            String name,
            String ownerName,
            Intent intent,
            LocalDate startsOn,
            LocalDate endsOn,
            String colour,
            int version,
            ChannelMix mix)
            implements PlanNode {

        @Override
        public String typeLabel() {
            return intent == Intent.BRANDING ? "Campaign (branding)" : "Campaign";
        }
    }

    record TacticNode(
            long id,
            String name,
            long ownerId,
            String ownerName,
            String channelName,
            ChannelKind channelKind,
            @Nullable Instant scheduledStart,
            TacticStatus status,
            int version)
            implements PlanNode {

        @Override
        public ChannelMix mix() {
            return ChannelMix.of(channelKind, 1);
        }

        @Override
        public String typeLabel() {
            return "Tactic";
        }
    }
}

package app.throughline.api;

import app.throughline.plan.Intent;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The plan tree as the API returns it: objectives, their strategies, their campaigns. */
final class PlanJson {

    private PlanJson() {}

    record Objective(
            long id,
            String name,
            String ownerName,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String kpiMetric,
            int version,
            List<Strategy> strategies) {

        static Objective of(ObjectiveNode o) {
            return new Objective(
                    o.id(),
                    o.name(),
                    o.ownerName(),
                    o.startsOn(),
                    o.endsOn(),
                    o.kpiMetric(),
                    o.version(),
                    o.strategies().stream().map(Strategy::of).toList());
        }
    }

    record Strategy(
            long id,
            long objectiveId,
            String name,
            String ownerName,
            LocalDate startsOn,
            LocalDate endsOn,
            int version,
            List<Campaign> campaigns) {

        static Strategy of(StrategyNode s) {
            return new Strategy(
                    s.id(),
                    s.objectiveId(),
                    s.name(),
                    s.ownerName(),
                    s.startsOn(),
                    s.endsOn(),
                    s.version(),
                    s.campaigns().stream().map(Campaign::of).toList());
        }
    }

    record Campaign(
            long id,
            long strategyId,
            String name,
            String ownerName,
            Intent intent,
            LocalDate startsOn,
            LocalDate endsOn,
            String colour,
            int version) {

        static Campaign of(CampaignNode c) {
            return new Campaign(
                    c.id(),
                    c.strategyId(),
                    c.name(),
                    c.ownerName(),
                    c.intent(),
                    c.startsOn(),
                    c.endsOn(),
                    c.colour(),
                    c.version());
        }
    }
}

package app.throughline.plan.ui;

import app.throughline.alignment.AlignmentReport.Health;
import app.throughline.plan.PlanNode;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.plan.PlanNode.TacticNode;
import app.throughline.plan.PlanService;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan tree for the tree grid: objectives, strategies and campaigns from one read of the
 * tree; the tactics under a strategy or campaign are read page by page when it is expanded,
 * so a plan with a million tactics does not load them all.
 *
 * <p>With "only warnings" on, it shows the objectives that are starved or hold a silo strategy,
 * and under them the silo strategies (all strategies of a starved objective). The nodes stay those
 * of the whole plan, so their counts and channel mix are the whole plan's.
 */
class PlanTreeDataProvider extends AbstractBackEndHierarchicalDataProvider<PlanNode, Void> {

    private final PlanService plan;
    private List<ObjectiveNode> roots = List.of();
    private Health health = HealthBadges.NONE;
    private boolean warningsOnly;

    PlanTreeDataProvider(PlanService plan, Health health) {
        this.plan = plan;
        reload(health);
    }

    /** Reads the tree again (after a change) with the warnings computed alongside, and tells the grid. */
    void reload(Health newHealth) {
        roots = plan.tree();
        health = newHealth;
        refreshAll();
    }

    Health health() {
        return health;
    }

    /** Shows only the nodes with warnings (and the objectives above them), or everything. */
    void showOnlyWarnings(boolean only) {
        warningsOnly = only;
        refreshAll();
    }

    /** Every objective, whatever is shown (the dialogs offer them all). */
    List<ObjectiveNode> objectives() {
        return roots;
    }

    /** The objectives the tree shows. */
    List<ObjectiveNode> shownObjectives() {
        return warningsOnly ? roots.stream().filter(this::hasWarnings).toList() : roots;
    }

    private boolean hasWarnings(ObjectiveNode o) {
        return health.isStarved(o.id()) || o.strategies().stream().anyMatch(s -> health.isSiloStrategy(s.id()));
    }

    private List<StrategyNode> shownStrategies(ObjectiveNode o) {
        return !warningsOnly || health.isStarved(o.id())
                ? o.strategies()
                : o.strategies().stream()
                        .filter(s -> health.isSiloStrategy(s.id()))
                        .toList();
    }

    List<StrategyNode> strategies() {
        return roots.stream().flatMap(o -> o.strategies().stream()).toList();
    }

    @Override
    public int getChildCount(HierarchicalQuery<PlanNode, Void> query) {
        PlanNode parent = query.getParent();
        return switch (parent) {
            case null -> shownObjectives().size();
            case ObjectiveNode o -> shownStrategies(o).size();
            case StrategyNode s -> s.campaigns().size() + s.directMix().total();
            case CampaignNode c -> c.mix().total();
            case TacticNode t -> 0;
        };
    }

    @Override
    public boolean hasChildren(PlanNode item) {
        return switch (item) {
            case ObjectiveNode o -> !shownStrategies(o).isEmpty();
            case StrategyNode s -> !s.campaigns().isEmpty() || s.directMix().total() > 0;
            case CampaignNode c -> c.mix().total() > 0;
            case TacticNode t -> false;
        };
    }

    @Override
    protected Stream<PlanNode> fetchChildrenFromBackEnd(HierarchicalQuery<PlanNode, Void> query) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        return switch (query.getParent()) {
            case null -> page(new ArrayList<PlanNode>(shownObjectives()), offset, limit);
            case ObjectiveNode o -> page(new ArrayList<PlanNode>(shownStrategies(o)), offset, limit);
            case StrategyNode s -> strategyChildren(s, offset, limit);
            case CampaignNode c ->
                plan.tacticsUnder(c.strategyId(), c.id(), offset, limit).stream()
                        .map(PlanNode.class::cast);
            case TacticNode t -> Stream.empty();
        };
    }

    /** A strategy's campaigns come first, then the tactics hanging directly under it. */
    private Stream<PlanNode> strategyChildren(StrategyNode s, int offset, int limit) {
        int campaigns = s.campaigns().size();
        var result = new ArrayList<PlanNode>();
        for (int i = offset; i < Math.min(campaigns, offset + limit); i++) {
            result.add(s.campaigns().get(i));
        }
        int tacticOffset = Math.max(0, offset - campaigns);
        int tacticLimit = limit - result.size();
        if (tacticLimit > 0) {
            result.addAll(plan.tacticsUnder(s.id(), null, tacticOffset, tacticLimit));
        }
        return result.stream();
    }

    private static Stream<PlanNode> page(List<PlanNode> items, int offset, int limit) {
        return items.stream().skip(offset).limit(limit);
    }

    @Override
    public Object getId(PlanNode item) {
        return item.typeLabel().charAt(0) + ":" + item.id();
    }
}

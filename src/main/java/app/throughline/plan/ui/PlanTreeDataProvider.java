package app.throughline.plan.ui;

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
 */
class PlanTreeDataProvider extends AbstractBackEndHierarchicalDataProvider<PlanNode, Void> {

    private final PlanService plan;
    private List<ObjectiveNode> roots = List.of();

    PlanTreeDataProvider(PlanService plan) {
        this.plan = plan;
        reload();
    }

    /** Reads the tree again (after a change) and tells the grid. */
    void reload() {
        roots = plan.tree();
        refreshAll();
    }

    List<ObjectiveNode> objectives() {
        return roots;
    }

    List<StrategyNode> strategies() {
        return roots.stream().flatMap(o -> o.strategies().stream()).toList();
    }

    @Override
    public int getChildCount(HierarchicalQuery<PlanNode, Void> query) {
        PlanNode parent = query.getParent();
        return switch (parent) {
            case null -> roots.size();
            case ObjectiveNode o -> o.strategies().size();
            case StrategyNode s -> s.campaigns().size() + s.directMix().total();
            case CampaignNode c -> c.mix().total();
            case TacticNode t -> 0;
        };
    }

    @Override
    public boolean hasChildren(PlanNode item) {
        return switch (item) {
            case ObjectiveNode o -> !o.strategies().isEmpty();
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
            case null -> page(new ArrayList<PlanNode>(roots), offset, limit);
            case ObjectiveNode o -> page(new ArrayList<PlanNode>(o.strategies()), offset, limit);
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

package app.throughline.plan;

import static app.throughline.security.Roles.CAN_EDIT_PLAN;

import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.plan.PlanNode.TacticNode;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.security.Roles;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan tree: business objectives, their marketing strategies and campaigns. Everyone signed
 * in may read it; only strategists (and admins) may change it, checked here on the server.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanService {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final PlanRepository repository;
    private final PlanTreeQuery treeQuery;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    PlanService(PlanRepository repository, PlanTreeQuery treeQuery, CurrentUserProvider currentUser, Clock clock) {
        this.repository = repository;
        this.treeQuery = treeQuery;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The whole tree down to campaigns, with tactic counts per channel kind under every node. */
    public List<ObjectiveNode> tree() {
        return treeQuery.tree(true);
    }

    /** The tree down to campaigns without tactic counts: cheap, for pickers and filters. */
    public List<ObjectiveNode> outline() {
        return treeQuery.tree(false);
    }

    /** Whether the signed-in person may change the plan tree (the same rule as {@link Roles#CAN_EDIT_PLAN}). */
    public boolean mayEditPlan() {
        return currentUser.get().hasAny(Role.ADMIN, Role.STRATEGIST);
    }

    /** A page of the tactics hanging directly under a strategy (campaignId null) or under a campaign. */
    public List<TacticNode> tacticsUnder(long strategyId, Long campaignId, int offset, int limit) {
        return treeQuery.tacticsUnder(strategyId, campaignId, offset, limit);
    }

    /** Every place a tactic can hang, as "Objective › Strategy [› Campaign]". */
    public List<TacticParent> tacticParents() {
        var parents = new ArrayList<TacticParent>();
        for (ObjectiveNode objective : outline()) {
            for (StrategyNode strategy : objective.strategies()) {
                String path = objective.name() + " › " + strategy.name();
                parents.add(new TacticParent(strategy.id(), null, path, null));
                for (CampaignNode campaign : strategy.campaigns()) {
                    parents.add(new TacticParent(strategy.id(), campaign.id(), path + " › " + campaign.name(),
                            campaign.intent()));
                }
            }
        }
        return parents;
    }

    public Objective objective(long id) {
        return repository.objective(id).orElseThrow(() -> new NotFoundException("This objective"));
    }

    public Strategy strategy(long id) {
        return repository.strategy(id).orElseThrow(() -> new NotFoundException("This strategy"));
    }

    public Campaign campaign(long id) {
        return repository.campaign(id).orElseThrow(() -> new NotFoundException("This campaign"));
    }

    @Transactional
    @PreAuthorize(CAN_EDIT_PLAN)
    public Objective save(Objective objective) {
        var clean = new Objective(objective.id(),
                Check.required("name", "Name", objective.name(), Check.NAME_MAX),
                Check.optional("description", "Description", objective.description(), Check.TEXT_MAX),
                Check.present("ownerId", "Owner", objective.ownerId()),
                objective.startsOn(), objective.endsOn(),
                Check.optional("kpiMetric", "KPI metric", objective.kpiMetric(), Check.KPI_METRIC_MAX),
                Check.kpi("kpiBaseline", "Baseline", objective.kpiBaseline()),
                Check.kpi("kpiTarget", "Target", objective.kpiTarget()),
                Check.kpi("kpiCurrent", "Current", objective.kpiCurrent()), objective.version());
        Check.period(clean.startsOn(), clean.endsOn());
        checkKpi(clean.kpiMetric(), clean.kpiTarget());
        long by = currentUser.get().personId();
        if (clean.id() == null) {
            return objective(repository.insert(clean, by, clock.instant()));
        }
        if (!repository.update(clean, by, clock.instant())) {
            throw staleOrGone(repository.objective(clean.id()).isPresent(), "This objective");
        }
        return objective(clean.id());
    }

    @Transactional
    @PreAuthorize(CAN_EDIT_PLAN)
    public Strategy save(Strategy strategy) {
        var clean = new Strategy(strategy.id(),
                Check.present("objectiveId", "Business objective", strategy.objectiveId()),
                Check.required("name", "Name", strategy.name(), Check.NAME_MAX),
                Check.optional("description", "Description", strategy.description(), Check.TEXT_MAX),
                Check.present("ownerId", "Owner", strategy.ownerId()),
                Check.optional("audience", "Audience", strategy.audience(), Check.NAME_MAX),
                Check.optional("kpiMetric", "KPI metric", strategy.kpiMetric(), Check.KPI_METRIC_MAX),
                Check.kpi("kpiTarget", "KPI target", strategy.kpiTarget()), strategy.startsOn(), strategy.endsOn(), strategy.version());
        Check.period(clean.startsOn(), clean.endsOn());
        checkKpi(clean.kpiMetric(), clean.kpiTarget());
        objective(clean.objectiveId());
        long by = currentUser.get().personId();
        if (clean.id() == null) {
            return strategy(repository.insert(clean, by, clock.instant()));
        }
        if (!repository.update(clean, by, clock.instant())) {
            throw staleOrGone(repository.strategy(clean.id()).isPresent(), "This strategy");
        }
        return strategy(clean.id());
    }

    @Transactional
    @PreAuthorize(CAN_EDIT_PLAN)
    public Campaign save(Campaign campaign) {
        String colour = campaign.colour() == null || campaign.colour().isBlank()
                ? Campaign.DEFAULT_COLOUR : campaign.colour().strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw new ValidationException("colour", "Colour must be a hex colour such as #3b6ea5");
        }
        var clean = new Campaign(campaign.id(),
                Check.present("strategyId", "Marketing strategy", campaign.strategyId()),
                Check.required("name", "Name", campaign.name(), Check.NAME_MAX),
                Check.optional("description", "Description", campaign.description(), Check.TEXT_MAX),
                Check.present("intent", "Intent", campaign.intent()),
                Check.present("ownerId", "Owner", campaign.ownerId()),
                campaign.startsOn(), campaign.endsOn(), colour.toLowerCase(), campaign.version());
        Check.period(clean.startsOn(), clean.endsOn());
        strategy(clean.strategyId());
        long by = currentUser.get().personId();
        if (clean.id() == null) {
            return campaign(repository.insert(clean, by, clock.instant()));
        }
        if (!repository.update(clean, by, clock.instant())) {
            throw staleOrGone(repository.campaign(clean.id()).isPresent(), "This campaign");
        }
        return campaign(clean.id());
    }

    /** What would be deleted with this node, to be shown before the user confirms. */
    public DeletionImpact deletionImpact(PlanNode node) {
        return switch (node) {
            case ObjectiveNode o -> repository.objectiveImpact(o.id(), o.name());
            case StrategyNode s -> repository.strategyImpact(s.id(), s.name());
            case CampaignNode c -> repository.campaignImpact(c.id(), c.name());
            case TacticNode t -> new DeletionImpact(t.name(), 0, 0, 0);
        };
    }

    /**
     * Deletes an objective, strategy or campaign with everything under it, in one transaction:
     * all of it goes, or (when someone changed the node meanwhile) none of it.
     */
    @Transactional
    @PreAuthorize(CAN_EDIT_PLAN)
    public void delete(PlanNode node) {
        boolean deleted = switch (node) {
            case ObjectiveNode o -> repository.deleteObjective(o.id(), o.version());
            case StrategyNode s -> repository.deleteStrategy(s.id(), s.version());
            case CampaignNode c -> repository.deleteCampaign(c.id(), c.version());
            case TacticNode t -> throw new IllegalArgumentException("Tactics are deleted through TacticService");
        };
        if (!deleted) {
            boolean exists = switch (node) {
                case ObjectiveNode o -> repository.objective(o.id()).isPresent();
                case StrategyNode s -> repository.strategy(s.id()).isPresent();
                case CampaignNode c -> repository.campaign(c.id()).isPresent();
                case TacticNode t -> false;
            };
            throw staleOrGone(exists, "This " + node.typeLabel().toLowerCase().replace(" (branding)", ""));
        }
    }

    private static void checkKpi(String metric, BigDecimal target) {
        if (target != null && metric == null) {
            throw new ValidationException("kpiMetric", "Name the KPI metric the target is measured in");
        }
    }

    private static RuntimeException staleOrGone(boolean exists, String what) {
        return exists ? new ConcurrentEditException(what) : new NotFoundException(what);
    }
}

package app.throughline.plan;

import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.Submissions;
import app.throughline.common.ValidationException;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.plan.PlanNode.TacticNode;
import app.throughline.security.CurrentUserProvider;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan tree: business objectives, their marketing strategies and campaigns. Everyone signed
 * in may read it; who may change it is {@link PlanPolicy}'s to say, checked here on the server.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanService {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final PlanRepository repository;
    private final PlanTreeQuery treeQuery;
    private final PlanPolicy policy;
    private final Submissions submissions;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    PlanService(
            PlanRepository repository,
            PlanTreeQuery treeQuery,
            PlanPolicy policy,
            Submissions submissions,
            CurrentUserProvider currentUser,
            Clock clock) {
        this.repository = repository;
        this.treeQuery = treeQuery;
        this.policy = policy;
        this.submissions = submissions;
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

    /** Whether the signed-in person may change the plan tree. */
    public boolean mayEditPlan() {
        return policy.mayEditPlan();
    }

    /** A page of the tactics hanging directly under a strategy (campaignId null) or under a campaign. */
    public List<TacticNode> tacticsUnder(long strategyId, @Nullable Long campaignId, int offset, int limit) {
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
                    parents.add(new TacticParent(
                            strategy.id(), campaign.id(), path + " › " + campaign.name(), campaign.intent()));
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

    /**
     * Where a tactic being saved hangs, read with a shared lock so that the strategy or campaign
     * cannot be deleted before the tactic's transaction ends. A campaign decides the strategy
     * (docs/design-decisions/DD004). Runs inside the tactic service's write transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TacticParent lockParent(@Nullable Long strategyId, @Nullable Long campaignId) {
        if (campaignId != null) {
            return repository
                    .lockCampaignParent(campaignId)
                    .orElseThrow(() -> new NotFoundException("The campaign it was planned under"));
        }
        return repository
                .lockStrategyParent(Check.present("strategyId", "Strategy", strategyId))
                .orElseThrow(() -> new NotFoundException("The strategy it was planned under"));
    }

    @Transactional
    @PreAuthorize("@planPolicy.mayEditPlan()")
    public Objective save(Objective objective, SubmissionKey submission) {
        return once(submission, "objective", () -> saveObjective(objective), this::objective);
    }

    private long saveObjective(Objective objective) {
        var clean = new Objective(
                objective.id(),
                Check.required("name", "Name", objective.name(), Check.NAME_MAX),
                Check.optional("description", "Description", objective.description(), Check.TEXT_MAX),
                Check.present("ownerId", "Owner", objective.ownerId()),
                objective.startsOn(),
                objective.endsOn(),
                Check.optional("kpiMetric", "KPI metric", objective.kpiMetric(), Check.KPI_METRIC_MAX),
                Check.kpi("kpiBaseline", "Baseline", objective.kpiBaseline()),
                Check.kpi("kpiTarget", "Target", objective.kpiTarget()),
                Check.kpi("kpiCurrent", "Current", objective.kpiCurrent()),
                objective.version());
        Check.period(clean.startsOn(), clean.endsOn());
        checkKpi(clean.kpiMetric(), clean.kpiTarget());
        long by = currentUser.get().personId();
        Long id = clean.id();
        if (id == null) {
            return repository.insert(clean, by, clock.instant());
        }
        if (!repository.update(clean, by, clock.instant())) {
            throw staleOrGone(repository.objective(id).isPresent(), "This objective");
        }
        return id;
    }

    @Transactional
    @PreAuthorize("@planPolicy.mayEditPlan()")
    public Strategy save(Strategy strategy, SubmissionKey submission) {
        return once(submission, "strategy", () -> saveStrategy(strategy), this::strategy);
    }

    private long saveStrategy(Strategy strategy) {
        var clean = new Strategy(
                strategy.id(),
                Check.present("objectiveId", "Business objective", strategy.objectiveId()),
                Check.required("name", "Name", strategy.name(), Check.NAME_MAX),
                Check.optional("description", "Description", strategy.description(), Check.TEXT_MAX),
                Check.present("ownerId", "Owner", strategy.ownerId()),
                Check.optional("audience", "Audience", strategy.audience(), Check.NAME_MAX),
                Check.optional("kpiMetric", "KPI metric", strategy.kpiMetric(), Check.KPI_METRIC_MAX),
                Check.kpi("kpiTarget", "KPI target", strategy.kpiTarget()),
                strategy.startsOn(),
                strategy.endsOn(),
                strategy.version());
        Check.period(clean.startsOn(), clean.endsOn());
        checkKpi(clean.kpiMetric(), clean.kpiTarget());
        objective(clean.objectiveId());
        long by = currentUser.get().personId();
        Long id = clean.id();
        if (id == null) {
            return repository.insert(clean, by, clock.instant());
        }
        if (!repository.update(clean, by, clock.instant())) {
            throw staleOrGone(repository.strategy(id).isPresent(), "This strategy");
        }
        return id;
    }

    @Transactional
    @PreAuthorize("@planPolicy.mayEditPlan()")
    public Campaign save(Campaign campaign, SubmissionKey submission) {
        return once(submission, "campaign", () -> saveCampaign(campaign), this::campaign);
    }

    private long saveCampaign(Campaign campaign) {
        String colour = campaign.colour() == null || campaign.colour().isBlank()
                ? Campaign.DEFAULT_COLOUR
                : campaign.colour().strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw new ValidationException("colour", "Colour must be a hex colour such as #3b6ea5");
        }
        var clean = new Campaign(
                campaign.id(),
                Check.present("strategyId", "Marketing strategy", campaign.strategyId()),
                Check.required("name", "Name", campaign.name(), Check.NAME_MAX),
                Check.optional("description", "Description", campaign.description(), Check.TEXT_MAX),
                Check.present("intent", "Intent", campaign.intent()),
                Check.present("ownerId", "Owner", campaign.ownerId()),
                campaign.startsOn(),
                campaign.endsOn(),
                colour.toLowerCase(Locale.ROOT),
                campaign.version());
        Check.period(clean.startsOn(), clean.endsOn());
        strategy(clean.strategyId());
        long by = currentUser.get().personId();
        Long id = clean.id();
        if (id == null) {
            return repository.insert(clean, by, clock.instant());
        }
        if (!repository.update(clean, by, clock.instant())) {
            throw staleOrGone(repository.campaign(id).isPresent(), "This campaign");
        }
        return id;
    }

    /**
     * Saves at most once per form sending: a second sending of the same form returns what the
     * first one saved.
     */
    private <T> T once(SubmissionKey submission, String kind, LongSupplier save, LongFunction<T> read) {
        Optional<Long> earlier =
                submissions.claim(submission, kind, currentUser.get().personId());
        if (earlier.isPresent()) {
            return read.apply(earlier.get());
        }
        long saved = save.getAsLong();
        submissions.record(submission, saved);
        return read.apply(saved);
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
     * all of it goes, or none of it: when someone changed the node meanwhile, or when more is now
     * planned under it than the person was told ({@code announced}) before confirming.
     */
    @Transactional
    @PreAuthorize("@planPolicy.mayEditPlan()")
    public void delete(PlanNode node, DeletionImpact announced) {
        String what = "This " + node.typeLabel().toLowerCase(Locale.ROOT).replace(" (branding)", "");
        boolean locked = switch (node) {
            case ObjectiveNode o -> repository.lockObjective(o.id(), o.version());
            case StrategyNode s -> repository.lockStrategy(s.id(), s.version());
            case CampaignNode c -> repository.lockCampaign(c.id(), c.version());
            case TacticNode t -> throw new IllegalArgumentException("Tactics are deleted through TacticService");
        };
        if (!locked) {
            boolean exists = switch (node) {
                case ObjectiveNode o -> repository.objective(o.id()).isPresent();
                case StrategyNode s -> repository.strategy(s.id()).isPresent();
                case CampaignNode c -> repository.campaign(c.id()).isPresent();
                case TacticNode t -> false;
            };
            throw staleOrGone(exists, what);
        }
        // counted again under the lock: nothing can be added under the node until this commits
        DeletionImpact now = deletionImpact(node);
        if (now.exceeds(announced)) {
            throw new ConcurrentEditException("More is planned under “" + announced.name() + "” than when you "
                    + "asked: " + now.describe() + " instead of " + announced.describe() + ". Nothing was deleted; "
                    + "look again, then confirm.");
        }
        switch (node) {
            case ObjectiveNode o -> repository.deleteObjective(o.id());
            case StrategyNode s -> repository.deleteStrategy(s.id());
            case CampaignNode c -> repository.deleteCampaign(c.id());
            case TacticNode t -> throw new IllegalArgumentException("Tactics are deleted through TacticService");
        }
    }

    private static void checkKpi(@Nullable String metric, @Nullable BigDecimal target) {
        if (target != null && metric == null) {
            throw new ValidationException("kpiMetric", "Name the KPI metric the target is measured in");
        }
    }

    private static RuntimeException staleOrGone(boolean exists, String what) {
        return exists ? ConcurrentEditException.changed(what) : new NotFoundException(what);
    }
}

package app.throughline.alignment;

import app.throughline.alignment.AlignmentQuery.DepartmentCount;
import app.throughline.alignment.AlignmentQuery.Lookups;
import app.throughline.alignment.AlignmentQuery.StrategyCount;
import app.throughline.alignment.AlignmentReport.BucketMix;
import app.throughline.alignment.AlignmentReport.DepartmentMix;
import app.throughline.alignment.AlignmentReport.Health;
import app.throughline.alignment.AlignmentReport.ObjectiveMix;
import app.throughline.alignment.AlignmentReport.Silo;
import app.throughline.alignment.AlignmentReport.Starved;
import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.InteractionMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the alignment measures for a period, in the caller's time zone. Read-only and open to
 * every signed-in role: executives and everyone else see the same figures. One transaction per
 * report, in REPEATABLE READ (MariaDB's default, stated because the lookups and the counts must
 * see the same plan: a strategy deleted in between would otherwise be counted but not named).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
@PreAuthorize("isAuthenticated()")
public class AlignmentService {

    private final AlignmentQuery query;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    AlignmentService(AlignmentQuery query, CurrentUserProvider currentUser, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Today in the caller's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** Every figure of the dashboard: a fixed number of statements whatever the period. */
    public AlignmentReport report(ReportPeriod period, AlignmentFilter filter) {
        ZoneId zone = zone();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        Lookups lookups = query.lookups();

        List<ReportPeriod.Bucket> buckets = period.buckets();
        List<Instant> ends = buckets.stream().map(b -> b.end(zone)).toList();
        int[][] counts = new int[buckets.size()][4];
        int total = 0;
        for (var row : query.overTime(from, to, ends, filter)) {
            int[] c = counts[row.bucket()];
            c[row.intent() == Intent.CAMPAIGN ? 0 : 1] += row.tactics();
            c[row.mode() == InteractionMode.CONVERSATION ? 2 : 3] += row.tactics();
            total += row.tactics();
        }
        var overTime = new ArrayList<BucketMix>();
        for (int i = 0; i < buckets.size(); i++) {
            int[] c = counts[i];
            overTime.add(new BucketMix(buckets.get(i), c[0], c[1], c[2], c[3]));
        }

        List<StrategyCount> byStrategy = query.byStrategy(from, to, filter);
        List<DepartmentCount> byDepartment = query.byDepartment(from, to, filter);
        // A silo is judged on all of a strategy's or department's tactics in the period: a
        // channel-kind filter would make every strategy look "all social", a department filter
        // would judge a strategy on one department's share. So the silos read their own counts
        // when such a filter is set (two more statements); the objective filter only narrows
        // which strategies are listed, the department filter which departments.
        AlignmentFilter strategyScope = AlignmentFilter.NONE.withObjective(filter.objectiveId());
        List<StrategyCount> strategiesForSilos =
                filter.equals(strategyScope) ? byStrategy : query.byStrategy(from, to, strategyScope);
        List<DepartmentCount> departmentsForSilos =
                filter.equals(AlignmentFilter.NONE) ? byDepartment : query.byDepartment(from, to, AlignmentFilter.NONE);
        Health health = health(lookups, strategiesForSilos, departmentsForSilos, filter);
        Long department = filter.departmentId();
        if (department != null) {
            health = health.withSiloDepartments(health.siloDepartments().stream()
                    .filter(d -> d.id() == department)
                    .toList());
        }
        return new AlignmentReport(
                period,
                filter,
                total,
                overTime,
                objectiveMixes(lookups, byStrategy),
                departmentMixes(lookups, byDepartment),
                health);
    }

    /**
     * What the plan shows beside its tree: the warnings (silos in {@code period}, starved
     * objectives and unaligned ideas now) and the departments' figures in {@code period}, from
     * one scan of the period (the same figures a report for the period has).
     */
    public PlanHealth planHealth(ReportPeriod period) {
        ZoneId zone = zone();
        Lookups lookups = query.lookups();
        var byStrategy = new HashMap<StrategyKey, Integer>();
        var byDepartment = new HashMap<DepartmentKey, Integer>();
        for (var row : query.byStrategyAndDepartment(period.start(zone), period.end(zone))) {
            byStrategy.merge(
                    new StrategyKey(row.strategyId(), row.channelId(), row.mode()), row.tactics(), Integer::sum);
            byDepartment.merge(
                    new DepartmentKey(row.departmentId(), row.channelId(), row.mode()), row.tactics(), Integer::sum);
        }
        List<StrategyCount> strategies = byStrategy.entrySet().stream()
                .map(e -> new StrategyCount(
                        e.getKey().strategyId(),
                        e.getKey().channelId(),
                        e.getKey().mode(),
                        e.getValue()))
                .toList();
        List<DepartmentCount> departments = byDepartment.entrySet().stream()
                .map(e -> new DepartmentCount(
                        e.getKey().departmentId(),
                        e.getKey().channelId(),
                        e.getKey().mode(),
                        e.getValue()))
                .toList();
        return new PlanHealth(
                health(lookups, strategies, departments, AlignmentFilter.NONE), departmentMixes(lookups, departments));
    }

    /** The warnings alone, for {@code period}; see {@link #planHealth}. */
    public Health health(ReportPeriod period) {
        return planHealth(period).health();
    }

    /** The departments' figures in {@code period}, for the plan's department rows. */
    public List<DepartmentMix> departments(ReportPeriod period) {
        return planHealth(period).departments();
    }

    /** The plan's warnings and the departments' figures for one period. */
    public record PlanHealth(Health health, List<DepartmentMix> departments) {}

    private record StrategyKey(long strategyId, long channelId, InteractionMode mode) {}

    private record DepartmentKey(
            @org.jspecify.annotations.Nullable Long departmentId, long channelId, InteractionMode mode) {}

    /** How many tactics are behind a figure: the same conditions as the figure itself. */
    public int countTactics(ReportPeriod period, AlignmentFilter filter) {
        return query.countTactics(period.start(zone()), period.end(zone()), filter);
    }

    /** The tactics behind a figure, a page at a time, by start. */
    public List<TacticLine> tactics(ReportPeriod period, AlignmentFilter filter, int offset, int limit) {
        return query.tactics(period.start(zone()), period.end(zone()), filter, offset, limit);
    }

    private Health health(
            Lookups lookups,
            List<StrategyCount> byStrategy,
            List<DepartmentCount> byDepartment,
            AlignmentFilter filter) {
        var strategyKinds = new HashMap<Long, EnumMap<ChannelKind, Integer>>();
        for (var row : byStrategy) {
            strategyKinds
                    .computeIfAbsent(row.strategyId(), k -> new EnumMap<>(ChannelKind.class))
                    .merge(lookups.kind(row.channelId()), row.tactics(), Integer::sum);
        }
        List<Silo> siloStrategies =
                silos(strategyKinds, id -> lookups.strategy(id).name());

        var departmentKinds = new HashMap<Long, EnumMap<ChannelKind, Integer>>();
        for (var row : byDepartment) {
            departmentKinds
                    .computeIfAbsent(departmentKey(row), k -> new EnumMap<>(ChannelKind.class))
                    .merge(lookups.kind(row.channelId()), row.tactics(), Integer::sum);
        }
        Map<Long, String> departmentNames = lookups.departmentNames(NO_DEPARTMENT_NAME);
        List<Silo> siloDepartments = silos(departmentKinds, id -> departmentNames.getOrDefault(id, "?"));

        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone());
        var busy = query.strategiesWithTacticsBetween(now, now.plus(AlignmentRules.STARVED_HORIZON));
        var busyObjectives = new java.util.HashSet<Long>();
        busy.forEach(id -> busyObjectives.add(lookups.strategy(id).objectiveId()));
        var starved = lookups.objectives().stream()
                .filter(o -> filter.objectiveId() == null || filter.objectiveId() == o.id())
                .filter(o -> o.runningOn(today) && !busyObjectives.contains(o.id()))
                .map(o -> new Starved(o.id(), o.name()))
                .toList();

        var unaligned = query.unaligned(filter);
        return new Health(siloStrategies, siloDepartments, starved, unaligned.count(), unaligned.oldest());
    }

    private static List<Silo> silos(Map<Long, EnumMap<ChannelKind, Integer>> kindsById, Function<Long, String> names) {
        var silos = new ArrayList<Silo>();
        kindsById.forEach((id, kinds) -> {
            int tactics = kinds.values().stream().mapToInt(Integer::intValue).sum();
            if (kinds.size() == 1 && tactics >= AlignmentRules.SILO_MIN_TACTICS) {
                silos.add(new Silo(
                        id, names.apply(id), tactics, kinds.keySet().iterator().next()));
            }
        });
        silos.sort(Comparator.comparingInt(Silo::tactics).reversed().thenComparing(Silo::name));
        return List.copyOf(silos);
    }

    private static List<ObjectiveMix> objectiveMixes(Lookups lookups, List<StrategyCount> byStrategy) {
        var kinds = new HashMap<Long, EnumMap<ChannelKind, Integer>>();
        var conversation = new HashMap<Long, Integer>();
        for (var row : byStrategy) {
            long objective = lookups.strategy(row.strategyId()).objectiveId();
            kinds.computeIfAbsent(objective, k -> new EnumMap<>(ChannelKind.class))
                    .merge(lookups.kind(row.channelId()), row.tactics(), Integer::sum);
            if (row.mode() == InteractionMode.CONVERSATION) {
                conversation.merge(objective, row.tactics(), Integer::sum);
            }
        }
        var mixes = new ArrayList<ObjectiveMix>();
        for (var o : lookups.objectives()) {
            var mix = kinds.get(o.id());
            if (mix != null) {
                mixes.add(new ObjectiveMix(o.id(), o.name(), mix, conversation.getOrDefault(o.id(), 0)));
            }
        }
        return List.copyOf(mixes);
    }

    private static List<DepartmentMix> departmentMixes(Lookups lookups, List<DepartmentCount> byDepartment) {
        var kinds = new HashMap<Long, EnumMap<ChannelKind, Integer>>();
        var conversation = new HashMap<Long, Integer>();
        for (var row : byDepartment) {
            long key = departmentKey(row);
            kinds.computeIfAbsent(key, k -> new EnumMap<>(ChannelKind.class))
                    .merge(lookups.kind(row.channelId()), row.tactics(), Integer::sum);
            if (row.mode() == InteractionMode.CONVERSATION) {
                conversation.merge(key, row.tactics(), Integer::sum);
            }
        }
        var mixes = new ArrayList<DepartmentMix>();
        for (var d : lookups.departments()) {
            var mix = kinds.get(d.id());
            if (mix != null) {
                mixes.add(new DepartmentMix(
                        d.id(), d.name(), d.communicationsTeam(), mix, conversation.getOrDefault(d.id(), 0)));
            }
        }
        var none = kinds.get(AlignmentFilter.NO_DEPARTMENT);
        if (none != null) {
            mixes.add(new DepartmentMix(
                    AlignmentFilter.NO_DEPARTMENT,
                    NO_DEPARTMENT_NAME,
                    false,
                    none,
                    conversation.getOrDefault(AlignmentFilter.NO_DEPARTMENT, 0)));
        }
        return List.copyOf(mixes);
    }

    /** What a tactic credited to no department is listed as. */
    public static final String NO_DEPARTMENT_NAME = "No department";

    private static long departmentKey(DepartmentCount row) {
        Long id = row.departmentId();
        return id == null ? AlignmentFilter.NO_DEPARTMENT : id;
    }

    private ZoneId zone() {
        return currentUser.get().zone();
    }
}

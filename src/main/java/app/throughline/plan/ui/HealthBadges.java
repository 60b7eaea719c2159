package app.throughline.plan.ui;

import app.throughline.alignment.AlignmentReport.Health;
import app.throughline.alignment.AlignmentReport.Silo;
import app.throughline.alignment.AlignmentReport.Starved;
import app.throughline.alignment.AlignmentRules;
import app.throughline.plan.PlanNode;
import app.throughline.plan.PlanNode.ObjectiveNode;
import app.throughline.plan.PlanNode.StrategyNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plan's warnings as a row shows them: a short word on a badge ("starved", "silo · social"),
 * and the full reason ({@code why()} of the alignment rules) for the column's tooltip and for screen
 * readers, so the plan and the dashboard give the same reason in the same words.
 */
final class HealthBadges {

    /** No warnings: before the first read, and for rows that cannot carry any. */
    static final Health NONE = new Health(List.of(), List.of(), List.of(), 0, null);

    static final String BADGE_CLASS = "tl-health-badge";

    private HealthBadges() {}

    /** The badge of a plan row, or an empty span when it carries no warning. */
    static Component of(PlanNode node, Health health) {
        return switch (node) {
            case ObjectiveNode o when health.isStarved(o.id()) -> badge("starved", Starved.why());
            case StrategyNode s ->
                silo(health.siloStrategies(), s.id()).map(HealthBadges::badge).orElseGet(Span::new);
            default -> new Span();
        };
    }

    /** Why a plan row carries its badge (the tooltip), or null when it carries none. */
    static @Nullable String why(PlanNode node, Health health) {
        return switch (node) {
            case ObjectiveNode o when health.isStarved(o.id()) -> Starved.why();
            case StrategyNode s ->
                silo(health.siloStrategies(), s.id()).map(Silo::why).orElse(null);
            default -> null;
        };
    }

    /** The silo badge of a department, or an empty span. */
    static Component department(long departmentId, Health health) {
        return silo(health.siloDepartments(), departmentId)
                .map(HealthBadges::badge)
                .orElseGet(Span::new);
    }

    static @Nullable String departmentWhy(long departmentId, Health health) {
        return silo(health.siloDepartments(), departmentId).map(Silo::why).orElse(null);
    }

    static boolean isSiloDepartment(long departmentId, Health health) {
        return silo(health.siloDepartments(), departmentId).isPresent();
    }

    /** Whether anything in the plan or among the departments carries a warning. */
    static boolean anyWarning(Health health) {
        return !health.starvedObjectives().isEmpty()
                || !health.siloStrategies().isEmpty()
                || !health.siloDepartments().isEmpty();
    }

    /** "today", "1 day", "43 days": whole days since {@code noted}, counted in {@code zone}. */
    static String age(Instant noted, ZoneId zone, LocalDate today) {
        return AlignmentRules.age(noted, zone, today);
    }

    private static Optional<Silo> silo(List<Silo> silos, long id) {
        return silos.stream().filter(s -> s.id() == id).findFirst();
    }

    private static Span badge(Silo silo) {
        return badge("silo · " + silo.kind().label().toLowerCase(Locale.ROOT), silo.why());
    }

    /**
     * A Lumo badge (error colours: dark red on a light red tint, above 4.5:1 in light and dark
     * mode). The short word is hidden from screen readers, which read the full reason instead: an
     * aria-label on a span without a role is ignored by several of them.
     */
    private static Span badge(String text, String why) {
        var visible = new Span(text);
        visible.getElement().setAttribute("aria-hidden", "true");
        var spoken = new Span(why);
        spoken.addClassName("tl-sr-only");
        var badge = new Span(visible, spoken);
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "small"));
        badge.addClassName(BADGE_CLASS);
        return badge;
    }
}

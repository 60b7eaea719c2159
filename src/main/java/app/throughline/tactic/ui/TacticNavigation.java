package app.throughline.tactic.ui;

import app.throughline.plan.TacticParent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Opens the composer ({@link ComposerView}) from any view (calendar, plan, unaligned ideas): a
 * navigation, so the address says which tactic is open and a reload or a shared link shows it
 * again. The view it was opened from is remembered, so "Close" and a deletion lead back there.
 */
public final class TacticNavigation {

    private TacticNavigation() {}

    /** Opens a saved tactic: {@code tactics/{id}}. */
    public static void open(long tacticId) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            rememberOrigin(ui);
            ui.navigate(ComposerView.PATH + "/" + tacticId);
        }
    }

    /**
     * Opens the composer for a new tactic under {@code parent} (none: an idea) planned for
     * {@code start} in the viewer's zone (an idea keeps the date aside until it serves a strategy).
     */
    public static void create(@Nullable TacticParent parent, @Nullable LocalDateTime start) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            rememberOrigin(ui);
            ui.navigate(ComposerView.PATH + "/" + ComposerView.NEW, newTacticQuery(parent, start));
        }
    }

    /** The query of {@code tactics/new}: {@code strategy}, {@code campaign}, {@code date}. */
    static QueryParameters newTacticQuery(@Nullable TacticParent parent, @Nullable LocalDateTime start) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (parent != null) {
            query.put(ComposerView.STRATEGY, List.of(String.valueOf(parent.strategyId())));
            if (parent.campaignId() != null) {
                query.put(ComposerView.CAMPAIGN, List.of(String.valueOf(parent.campaignId())));
            }
        }
        if (start != null) {
            query.put(ComposerView.DATE, List.of(start.toString()));
        }
        return new QueryParameters(query);
    }

    /** Where the composer was opened from (the calendar when it was opened by its address). */
    static Location origin(UI ui) {
        Origin origin = ComponentUtil.getData(ui, Origin.class);
        return origin == null ? new Location("") : origin.location();
    }

    /** Remembers the view shown now as where the composer returns to (unless it is the composer). */
    static void rememberOrigin(UI ui) {
        Location here = ui.getInternals().getActiveViewLocation();
        if (!here.getPath().startsWith(ComposerView.PATH + "/")) {
            ComponentUtil.setData(ui, Origin.class, new Origin(here));
        }
    }

    private record Origin(Location location) {}
}

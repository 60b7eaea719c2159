package app.throughline.tactic.ui;

import app.throughline.channel.Channel;
import app.throughline.channel.ChannelService;
import app.throughline.common.NotFoundException;
import app.throughline.people.PeopleService;
import app.throughline.people.PersonSummary;
import app.throughline.plan.PlanService;
import app.throughline.plan.TacticParent;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticAccess;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.ui.EditDialog.Saver;
import app.throughline.ui.Notifications;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Opens the tactic form from any view (plan, calendar) with the choices it needs loaded. */
@SpringComponent
public class TacticDialogs {

    private final TacticService tactics;
    private final PlanService plan;
    private final ChannelService channels;
    private final PeopleService people;
    private final CurrentUserProvider currentUser;

    TacticDialogs(
            TacticService tactics,
            PlanService plan,
            ChannelService channels,
            PeopleService people,
            CurrentUserProvider currentUser) {
        this.tactics = tactics;
        this.plan = plan;
        this.channels = channels;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** The options the form offers, read once when it opens, and what the person may do with the tactic. */
    record Choices(
            List<TacticParent> parents,
            List<Channel> channels,
            List<PersonSummary> people,
            TacticAccess access,
            ZoneId zone) {}

    /** Takes one status step on a saved tactic (approve, send back...). */
    @FunctionalInterface
    interface StepAction {
        Tactic change(Tactic tactic, TacticStatus to);
    }

    /** What the form does on save, delete and a status step, and whom it tells afterwards. */
    record Actions(Saver<Tactic> save, Consumer<Tactic> onSaved, Consumer<Tactic> delete, StepAction step) {}

    /** Opens a saved tactic; {@code onChange} runs after it was saved or deleted (or found gone). */
    public void edit(long tacticId, Runnable onChange) {
        try {
            open(tactics.tactic(tacticId), onChange);
        } catch (NotFoundException gone) {
            Notifications.warning(gone.getMessage());
            onChange.run();
        }
    }

    /** Opens the form for a new tactic prefilled with {@code draft}. */
    public void create(Tactic draft, Runnable onChange) {
        open(draft, onChange);
    }

    private void open(Tactic tactic, Runnable onChange) {
        var choices = new Choices(
                plan.tacticParents(),
                channels.channels(),
                people.people(),
                tactics.access(tactic),
                currentUser.get().zone());
        var actions = new Actions(
                tactics::save,
                saved -> onChange.run(),
                doomed -> {
                    tactics.delete(Objects.requireNonNull(doomed.id()), doomed.version());
                    onChange.run();
                },
                (current, to) -> tactics.changeStatus(Objects.requireNonNull(current.id()), current.version(), to));
        new TacticDialog(tactic, choices, actions).open();
    }

    /**
     * A new tactic for the signed-in person, under {@code parent} (or unaligned) on {@code start}.
     * An unaligned one keeps the date aside until a parent is chosen (an idea has no date).
     */
    public Tactic draft(@Nullable TacticParent parent, @Nullable Instant start) {
        long me = currentUser.get().personId();
        List<Channel> all = channels.channels();
        Long firstChannel = all.isEmpty() ? null : all.getFirst().id();
        return parent == null
                ? Tactic.blank(null, null, firstChannel, start, me, null)
                : Tactic.blank(parent.strategyId(), parent.campaignId(), firstChannel, start, me, parent.intent());
    }
}

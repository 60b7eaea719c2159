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
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Opens the tactic form from any view (plan, calendar) with the choices it needs loaded. */
@SpringComponent
public class TacticDialogs {

    private final TacticService tactics;
    private final PlanService plan;
    private final ChannelService channels;
    private final PeopleService people;
    private final CurrentUserProvider currentUser;

    TacticDialogs(TacticService tactics, PlanService plan, ChannelService channels, PeopleService people,
            CurrentUserProvider currentUser) {
        this.tactics = tactics;
        this.plan = plan;
        this.channels = channels;
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * The options the form offers, read once when it opens.
     *
     * @param statuses what this person may give an aligned tactic; the form narrows it for ideas
     */
    record Choices(List<TacticParent> parents, List<Channel> channels, List<PersonSummary> people,
            Set<TacticStatus> statuses, ZoneId zone, boolean mayEdit) {
    }

    /** What the form does on save and delete, and whom it tells afterwards. */
    record Actions(UnaryOperator<Tactic> save, Consumer<Tactic> onSaved, Consumer<Tactic> delete) {
    }

    /** Opens a saved tactic; {@code onChange} runs after it was saved or deleted (or found gone). */
    public void edit(long tacticId, Runnable onChange) {
        try {
            open(tactics.tactic(tacticId), onChange);
        } catch (NotFoundException gone) {
            Notification.show(gone.getMessage(), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            onChange.run();
        }
    }

    /** Opens the form for a new tactic prefilled with {@code draft}. */
    public void create(Tactic draft, Runnable onChange) {
        open(draft, onChange);
    }

    private void open(Tactic tactic, Runnable onChange) {
        var choices = new Choices(plan.tacticParents(), channels.channels(), people.people(),
                tactics.myStatuses(), currentUser.get().zone(), tactics.mayEdit(tactic));
        var actions = new Actions(edited -> {
            Tactic saved = tactics.save(edited);
            if (saved.status() == TacticStatus.IN_REVIEW && edited.status() != TacticStatus.IN_REVIEW) {
                Notification.show("“" + saved.title() + "” was approved before your change, so it went back to "
                        + "review: a coach approves what goes out.", 8000, Notification.Position.BOTTOM_START);
            }
            return saved;
        }, saved -> onChange.run(), doomed -> {
            tactics.delete(doomed.id(), doomed.version());
            onChange.run();
        });
        new TacticDialog(tactic, choices, actions).open();
    }

    /** A new tactic for the signed-in person, under {@code parent} (or unaligned) on {@code start}. */
    public Tactic draft(TacticParent parent, java.time.Instant start) {
        long me = currentUser.get().personId();
        List<Channel> all = channels.channels();
        Long firstChannel = all.isEmpty() ? null : all.getFirst().id();
        return parent == null ? Tactic.blank(null, null, firstChannel, start, me, null)
                : Tactic.blank(parent.strategyId(), parent.campaignId(), firstChannel, start, me, parent.intent());
    }
}

package app.throughline.tactic;

import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.tactic.TacticWorkflow.Step;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what with tactics: the one place for the rules of docs/roles.md. The service asks
 * it before every write ({@code @PreAuthorize("@tacticPolicy.mayWrite()")} for the role, then
 * the row rules at the top of each method), and the views ask it what to offer, so the buttons
 * shown are exactly what the server allows.
 */
@Component("tacticPolicy")
public class TacticPolicy {

    private final CurrentUserProvider currentUser;
    private final TacticRepository repository;

    TacticPolicy(CurrentUserProvider currentUser, TacticRepository repository) {
        this.currentUser = currentUser;
        this.repository = repository;
    }

    /** Whether the signed-in person may write tactics at all (for the services' role annotations). */
    public boolean mayWrite() {
        return mayCreate(currentUser.get());
    }

    /** Everyone but a pure executive plans tactics of their own. */
    public boolean mayCreate(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER, Role.COACH, Role.CONTRIBUTOR);
    }

    /** Admins, strategists and marketers schedule and change anyone's tactics. */
    public boolean mayEditAnyone(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER);
    }

    /** Whether the person may make {@code ownerId} the owner of a tactic they plan. */
    public boolean mayAssignTo(CurrentUser user, long ownerId) {
        return mayCreate(user) && (ownerId == user.personId() || mayEditAnyone(user));
    }

    /** Whether the person may change this tactic's content, date, or delete it. */
    public boolean mayEdit(CurrentUser user, Tactic tactic) {
        return mayEditOwnedBy(user, tactic.ownerId());
    }

    /** {@link #mayEdit} for a tactic owned by {@code ownerId}. */
    public boolean mayEditOwnedBy(CurrentUser user, long ownerId) {
        return mayEditAnyone(user) || (mayCreate(user) && ownerId == user.personId());
    }

    /** Reviewers look at anyone's tactics in review: coaches, and admins, strategists and marketers. */
    public boolean mayReview(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.STRATEGIST, Role.MARKETER, Role.COACH);
    }

    /**
     * Whether the person may approve this tactic: a reviewer, or its owner when they are a
     * contributor who completed the social-policy training ("direct dial").
     */
    public boolean mayApprove(CurrentUser user, Tactic tactic) {
        return mayReview(user) || (tactic.ownerId() == user.personId() && user.has(Role.CONTRIBUTOR) && trained(user));
    }

    /**
     * Whether the person completed the social-policy training, read from the database at the
     * check rather than from the sign-in: a coach's record of the training counts at the
     * person's next step, without signing in again.
     */
    public boolean trained(CurrentUser user) {
        return repository.trained(user.personId());
    }

    /** Who may review a tactic sees the review queue and its look-back list. */
    public boolean mayReviewAny() {
        return mayReview(currentUser.get());
    }

    /**
     * Who may write in a tactic's coaching thread: its reviewers (coaches, and admins,
     * strategists, marketers) on any tactic; anyone else who plans tactics on their own.
     */
    public boolean mayComment(CurrentUser user, Tactic tactic) {
        return mayReview(user) || (mayCreate(user) && tactic.ownerId() == user.personId());
    }

    /** Whether the person is one of the step's "who" for this tactic. */
    public boolean mayTake(CurrentUser user, Tactic tactic, Step step) {
        boolean editor = mayEdit(user, tactic);
        return switch (step.who()) {
            case EDITOR -> editor;
            case APPROVING_EDITOR -> editor && mayApprove(user, tactic);
            case REVIEWER_OF_OTHERS -> mayReview(user) && tactic.ownerId() != user.personId();
            case REVIEWER_OR_APPROVING_EDITOR -> mayReview(user) || (editor && mayApprove(user, tactic));
        };
    }

    /**
     * The steps this person may take from the tactic's status, one per target status, in the
     * order of {@link TacticWorkflow#STEPS}; those needing a strategy only when it has one.
     */
    public List<Step> steps(CurrentUser user, Tactic tactic) {
        var offered = new LinkedHashMap<TacticStatus, Step>();
        for (Step step : TacticWorkflow.STEPS) {
            if (step.from() == tactic.status()
                    && !offered.containsKey(step.to())
                    && (tactic.aligned() || !step.needsStrategy())
                    && mayTake(user, tactic, step)) {
                offered.put(step.to(), step);
            }
        }
        return List.copyOf(offered.values());
    }

    /** The step this person may take from the tactic's status to {@code to}, if any. */
    public Optional<Step> step(CurrentUser user, Tactic tactic, TacticStatus to) {
        return TacticWorkflow.between(tactic.status(), to).stream()
                .filter(s -> mayTake(user, tactic, s))
                .findFirst();
    }

    /** The statuses a new tactic planned by this person may start in. */
    public Set<TacticStatus> starts(CurrentUser user, Tactic draft) {
        var starts = EnumSet.noneOf(TacticStatus.class);
        if (!mayCreate(user)) {
            return starts;
        }
        starts.addAll(TacticWorkflow.STARTS);
        if (mayApprove(user, draft)) {
            starts.addAll(TacticWorkflow.APPROVER_STARTS);
        }
        return starts;
    }

    /**
     * The statuses the tactic's form may offer this person: the current one, and where each of
     * their steps leads (a new tactic: where it may start), whether or not it serves a strategy
     * yet; the form narrows them to ideas while nothing is chosen to serve.
     */
    public List<TacticStatus> statusChoices(CurrentUser user, Tactic tactic) {
        var choices = EnumSet.of(tactic.status());
        if (tactic.id() == null) {
            choices.addAll(starts(user, tactic));
        } else {
            for (Step step : TacticWorkflow.STEPS) {
                if (step.from() == tactic.status() && mayTake(user, tactic, step)) {
                    choices.add(step.to());
                }
            }
        }
        return List.copyOf(choices);
    }

    /** Why this person may not move the tactic to {@code to}: said to the person, never about others. */
    String refusal(CurrentUser user, Tactic tactic, TacticStatus to) {
        List<Step> steps = TacticWorkflow.between(tactic.status(), to);
        if (steps.stream().anyMatch(s -> s.who() != TacticWorkflow.Who.EDITOR)
                && mayEdit(user, tactic)
                && !mayApprove(user, tactic)) {
            return "A coach approves this tactic: send it to review instead";
        }
        if (!mayEdit(user, tactic)) {
            return mayReview(user)
                    ? "You can review this tactic, but only its owner or a marketer can change it"
                    : "You can only change your own tactics";
        }
        return "You may not make this tactic " + to.label().toLowerCase(Locale.ROOT);
    }
}

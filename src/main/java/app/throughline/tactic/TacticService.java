package app.throughline.tactic;

import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.Submissions;
import app.throughline.common.ValidationException;
import app.throughline.plan.Intent;
import app.throughline.plan.PlanService;
import app.throughline.plan.PlanTally;
import app.throughline.plan.TacticParent;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.TacticRepository.ChannelRules;
import app.throughline.tactic.TacticWorkflow.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing, rescheduling, moving through the status steps and deleting tactics. Every
 * write asks {@link TacticPolicy} who may make it (docs/roles.md), checks that an unaligned
 * tactic stays an idea and the channel's rules, and that nobody else saved the tactic meanwhile.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TacticService {

    private static final String KIND = "tactic";

    private final TacticRepository repository;
    private final TacticPolicy policy;
    private final PlanService plan;
    private final PlanTally tally;
    private final Submissions submissions;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    TacticService(
            TacticRepository repository,
            TacticPolicy policy,
            PlanService plan,
            PlanTally tally,
            Submissions submissions,
            CurrentUserProvider currentUser,
            Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.plan = plan;
        this.tally = tally;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Tactic tactic(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("This tactic"));
    }

    /** The newest unaligned ideas, at most {@code limit}. */
    public List<UnalignedIdea> unalignedIdeas(int limit) {
        return repository.unaligned(limit);
    }

    public int unalignedIdeaCount() {
        return tally.unaligned();
    }

    /** Every status the tactic has had, oldest first. */
    public List<TacticStatus> statusHistory(long tacticId) {
        return repository.statusHistory(tacticId);
    }

    /** What the signed-in person may do with this tactic (new or saved): what its form offers. */
    public TacticAccess access(Tactic tactic) {
        CurrentUser user = currentUser.get();
        boolean mayEdit = tactic.id() == null ? policy.mayCreate(user) : policy.mayEdit(user, tactic);
        List<Step> steps = tactic.id() == null ? List.of() : policy.steps(user, tactic);
        return new TacticAccess(mayEdit, policy.mayEditAnyone(user), steps, policy.statusChoices(user, tactic));
    }

    /**
     * Saves a new or changed tactic. Sending the same form twice ({@code submission}) saves once
     * and returns what the first sending saved.
     */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Tactic save(Tactic tactic, SubmissionKey submission) {
        CurrentUser user = currentUser.get();
        Optional<Long> earlier = submissions.claim(submission, KIND, user.personId());
        if (earlier.isPresent()) {
            return tactic(earlier.get());
        }
        Tactic saved;
        if (tactic.id() == null) {
            saved = insert(tactic, user);
        } else {
            Tactic previous = tactic(tactic.id());
            if (!policy.mayEdit(user, previous)) {
                throw new AccessDeniedException("You can only change your own tactics");
            }
            saved = update(tactic, previous, user);
        }
        submissions.record(submission, Objects.requireNonNull(saved.id()));
        return saved;
    }

    /**
     * Takes one status step (docs/roles.md, "Status steps"): approve, send back, schedule... A
     * reviewer may take the review steps on tactics they may not otherwise change.
     *
     * @param version the version the person saw; a newer one means someone else changed it
     */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Tactic changeStatus(long id, int version, TacticStatus to) {
        CurrentUser user = currentUser.get();
        Tactic current = tactic(id);
        if (current.version() != version) {
            throw ConcurrentEditException.changed("“" + current.title() + "”");
        }
        Step step = checkStep(user, current, to);
        if (step.needsStrategy() && !current.aligned()) {
            throw new ValidationException(
                    "status",
                    "An unaligned idea cannot be " + to.label().toLowerCase(Locale.ROOT)
                            + ": link it to a strategy or campaign first");
        }
        if (step.needsDate() && current.scheduledStart() == null) {
            throw new ValidationException("scheduledStart", "Give the date it goes out");
        }
        return write(current.withStatus(to), current, user);
    }

    /**
     * Moves a tactic to a new start, keeping its duration (the calendar's drag and drop). A move
     * of an approved tactic by someone who may not approve it sends it back to review.
     *
     * @param version the version the calendar showed; a newer one means someone else changed it
     */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Tactic reschedule(long id, int version, Instant newStart) {
        CurrentUser user = currentUser.get();
        Tactic current = tactic(id);
        if (!policy.mayEdit(user, current)) {
            throw new AccessDeniedException("You can only move your own tactics");
        }
        if (!current.aligned()) {
            throw new ValidationException(
                    "scheduledStart",
                    "An unaligned idea cannot be scheduled: " + "link it to a strategy or campaign first");
        }
        if (current.status() == TacticStatus.PUBLISHED) {
            throw new ValidationException(
                    "scheduledStart",
                    "“" + current.title() + "” has already gone out; a published tactic cannot be moved");
        }
        if (current.version() != version) {
            throw ConcurrentEditException.changed("“" + current.title() + "”");
        }
        Instant newEnd = current.scheduledEnd() == null || current.scheduledStart() == null
                ? null
                : newStart.plus(Duration.between(current.scheduledStart(), current.scheduledEnd()));
        Tactic moved = backToReviewIfNeeded(current.withSchedule(newStart, newEnd), current, user);
        return write(moved, current, user);
    }

    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public void delete(long id, int version) {
        Tactic current = tactic(id);
        if (!policy.mayEdit(currentUser.get(), current)) {
            throw new AccessDeniedException("You can only delete your own tactics");
        }
        if (!repository.delete(id, version)) {
            throw ConcurrentEditException.changed("This tactic");
        }
    }

    private Tactic insert(Tactic tactic, CurrentUser user) {
        Tactic clean = validate(tactic, user, null);
        if (!policy.starts(user, clean).contains(clean.status())) {
            throw new AccessDeniedException(
                    policy.mayApprove(user, clean)
                            ? "A new tactic cannot start as "
                                    + clean.status().label().toLowerCase(Locale.ROOT)
                            : "A coach approves this tactic: send it to review instead");
        }
        return tactic(repository.insert(clean, user.personId(), clock.instant()));
    }

    private Tactic update(Tactic requested, Tactic previous, CurrentUser user) {
        Tactic clean = validate(requested, user, previous);
        boolean sentBackByTheRule = requested.status() == previous.status() && clean.status() != previous.status();
        if (clean.status() != previous.status() && !sentBackByTheRule) {
            checkStep(user, previous, clean.status());
        }
        return write(clean, previous, user);
    }

    /** The one path every change of a saved tactic takes to the database. */
    private Tactic write(Tactic changed, Tactic previous, CurrentUser user) {
        if (!repository.update(changed, previous.status(), user.personId(), clock.instant())) {
            throw ConcurrentEditException.changed("This tactic");
        }
        return tactic(Objects.requireNonNull(changed.id()));
    }

    private Step checkStep(CurrentUser user, Tactic current, TacticStatus to) {
        if (TacticWorkflow.between(current.status(), to).isEmpty()) {
            throw new ValidationException(
                    "status",
                    "A tactic that is " + current.status().label().toLowerCase(Locale.ROOT) + " cannot become "
                            + to.label().toLowerCase(Locale.ROOT) + " in one step");
        }
        return policy.step(user, current, to)
                .orElseThrow(() -> new AccessDeniedException(policy.refusal(user, current, to)));
    }

    private Tactic validate(Tactic t, CurrentUser user, @Nullable Tactic previous) {
        String title = Check.required("title", "Title", t.title(), Check.NAME_MAX);
        String body = Check.optional("body", "Copy", t.body(), Check.TEXT_MAX);
        String notes = Check.optional("notes", "Notes", t.notes(), Check.TEXT_MAX);
        long channelId = Check.present("channelId", "Channel", t.channelId());
        ChannelRules channel = repository
                .channelRules(channelId)
                .orElseThrow(() -> new ValidationException("channelId", "That channel no longer exists"));
        Integer maxLength = channel.maxLength();
        if (body != null && maxLength != null && body.length() > maxLength) {
            throw new ValidationException(
                    "body",
                    channel.name() + " takes at most " + maxLength + " characters; this copy has " + body.length());
        }
        long ownerId = Check.present("ownerId", "Owner", t.ownerId());
        boolean ownerChanges = previous == null || previous.ownerId() != ownerId;
        if (ownerChanges && !policy.mayAssignTo(user, ownerId)) {
            throw new AccessDeniedException("You can only plan tactics as their owner");
        }
        var owner = repository
                .owner(ownerId)
                .orElseThrow(() -> new ValidationException("ownerId", "That person no longer exists"));
        Long departmentId = t.departmentId() != null ? t.departmentId() : owner.departmentId();

        Long strategyId = null;
        Intent intent = t.intent();
        if (t.strategyId() != null || t.campaignId() != null) {
            // a locking read: the parent cannot be deleted until this save commits (or is gone already)
            TacticParent parent = plan.lockParent(t.strategyId(), t.campaignId());
            strategyId = parent.strategyId();
            intent = intent == null ? parent.intent() : intent;
        }
        intent = intent == null ? Intent.BRANDING : intent;

        TacticStatus status = Check.present("status", "Status", t.status());
        if (strategyId == null && !status.allowedWhenUnaligned()) {
            throw new ValidationException(
                    "status",
                    "An unaligned idea cannot be " + status.label().toLowerCase(Locale.ROOT)
                            + ": link it to a strategy or campaign first");
        }
        if (strategyId == null && t.scheduledStart() != null) {
            throw new ValidationException(
                    "scheduledStart",
                    "An unaligned idea has no date yet: choose what it " + "serves, or clear the date");
        }
        if (t.scheduledStart() == null && (status == TacticStatus.SCHEDULED || status == TacticStatus.PUBLISHED)) {
            throw new ValidationException("scheduledStart", "Give the date it goes out");
        }
        checkDuration(t.scheduledStart(), t.scheduledEnd());
        var clean = new Tactic(
                t.id(),
                strategyId,
                t.campaignId(),
                title,
                body,
                channelId,
                t.scheduledStart(),
                t.scheduledEnd(),
                status,
                ownerId,
                departmentId,
                intent,
                t.interactionMode() == null ? InteractionMode.BROADCAST : t.interactionMode(),
                notes,
                t.version());
        return previous == null ? clean : backToReviewIfNeeded(clean, previous, user);
    }

    private static void checkDuration(@Nullable Instant start, @Nullable Instant end) {
        if (end == null) {
            return;
        }
        if (start == null) {
            throw new ValidationException("scheduledStart", "Give a start for a tactic that has an end");
        }
        if (end.isBefore(start)) {
            throw new ValidationException("scheduledEnd", "The end cannot be before the start");
        }
        if (Duration.between(start, end).compareTo(Tactic.MAX_DURATION) > 0) {
            throw new ValidationException(
                    "scheduledEnd",
                    "A tactic can last at most " + Tactic.MAX_DURATION.toDays()
                            + " days; plan longer efforts as a campaign");
        }
    }

    /**
     * An approved (or later) tactic whose content is changed by someone who may not approve it,
     * and that would still go out, goes back to review: what a coach approved is what goes out.
     */
    private Tactic backToReviewIfNeeded(Tactic edited, Tactic previous, CurrentUser user) {
        if (!previous.status().approved()
                || !edited.status().approved()
                || policy.mayApprove(user, previous)
                || sameContent(edited, previous)) {
            return edited;
        }
        return edited.withStatus(TacticStatus.IN_REVIEW);
    }

    private static boolean sameContent(Tactic a, Tactic b) {
        return Objects.equals(a.title(), b.title())
                && Objects.equals(a.body(), b.body())
                && Objects.equals(a.channelId(), b.channelId())
                && Objects.equals(a.scheduledStart(), b.scheduledStart())
                && Objects.equals(a.scheduledEnd(), b.scheduledEnd())
                && Objects.equals(a.strategyId(), b.strategyId())
                && Objects.equals(a.campaignId(), b.campaignId());
    }
}

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
import app.throughline.policy.PolicyTicks;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.TacticRepository.ChannelRules;
import app.throughline.tactic.TacticWorkflow.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    private final PolicyTicks ticks;
    private final SendBackComments sendBackComments;
    private final ApplicationEventPublisher events;

    TacticService(
            TacticRepository repository,
            TacticPolicy policy,
            PlanService plan,
            PlanTally tally,
            Submissions submissions,
            CurrentUserProvider currentUser,
            Clock clock,
            PolicyTicks ticks,
            SendBackComments sendBackComments,
            ApplicationEventPublisher events) {
        this.events = events;
        this.ticks = ticks;
        this.sendBackComments = sendBackComments;
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

    /** Every status change and every edit of the tactic (who, when, what), newest first. */
    public List<HistoryEntry> history(long tacticId) {
        return repository.history(tacticId);
    }

    /** The social policy's items ticked for the tactic's current copy. */
    public Set<Long> policyTicks(long tacticId) {
        return ticks.ticked(tacticId);
    }

    /** How the channel counts a copy's length and the longest it takes (null: no channel or gone). */
    public @Nullable CopyRules copyRules(long channelId) {
        return repository
                .channelRules(channelId)
                .map(c -> new CopyRules(c.name(), c.social(), c.maxLength(), c.counting()))
                .orElse(null);
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
        return save(tactic, submission, null);
    }

    /**
     * {@link #save(Tactic, SubmissionKey)} with the social policy's items the author ticked for
     * the copy being saved ({@code policyTicks}; null leaves the stored ticks as they are, which
     * an edit of the title or the copy clears). Sending a social tactic to review, scheduling it
     * or approving one's own needs every active item ticked.
     */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Tactic save(Tactic tactic, SubmissionKey submission, @Nullable Set<Long> policyTicks) {
        CurrentUser user = currentUser.get();
        Optional<Long> earlier = submissions.claim(submission, KIND, user.personId());
        if (earlier.isPresent()) {
            return tactic(earlier.get());
        }
        Tactic saved;
        if (tactic.id() == null) {
            saved = insert(tactic, user, policyTicks);
        } else {
            Tactic previous = tactic(tactic.id());
            if (!policy.mayEdit(user, previous)) {
                throw new AccessDeniedException("You can only change your own tactics");
            }
            saved = update(tactic, previous, user, policyTicks);
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
        return changeStatus(id, version, to, null);
    }

    /**
     * {@link #changeStatus(long, int, TacticStatus)} with the social policy's items the author
     * ticked for the current copy ({@code policyTicks}, recorded first when the person may edit
     * the tactic; null: the stored ticks).
     */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Tactic changeStatus(long id, int version, TacticStatus to, @Nullable Set<Long> policyTicks) {
        return takeStep(id, version, to, policyTicks, false);
    }

    /**
     * A reviewer sends someone else's tactic in review back to its author as a draft, with a
     * comment saying what to change: the step and the comment in one transaction, or neither.
     * ({@link #changeStatus} refuses this step without its comment.)
     *
     * @param version the version the reviewer saw; a newer one means someone else acted first
     */
    @Transactional
    @PreAuthorize("@tacticPolicy.mayWrite()")
    public Tactic sendBack(long id, int version, String comment) {
        CurrentUser user = currentUser.get();
        Tactic current = tactic(id);
        if (!policy.mayReview(user) || current.ownerId() == user.personId()) {
            throw new AccessDeniedException("A coach sends back someone else's tactic in review");
        }
        if (comment.isBlank()) {
            throw new ValidationException("comment", "Say what to change: sending back needs a comment");
        }
        Tactic back = takeStep(id, version, TacticStatus.DRAFT, null, true);
        sendBackComments.record(id, comment, user.personId());
        return back;
    }

    private Tactic takeStep(
            long id, int version, TacticStatus to, @Nullable Set<Long> policyTicks, boolean withComment) {
        CurrentUser user = currentUser.get();
        Tactic current = tactic(id);
        if (current.version() != version) {
            throw ConcurrentEditException.changed("“" + current.title() + "”");
        }
        Step step = checkStep(user, current, to);
        if (step.who() == TacticWorkflow.Who.REVIEWER_OF_OTHERS && !withComment) {
            throw new ValidationException("comment", "Say what to change: send it back with a comment");
        }
        if (step.needsStrategy() && !current.aligned()) {
            throw new ValidationException(
                    "status",
                    "An unaligned idea cannot be " + to.label().toLowerCase(Locale.ROOT)
                            + ": link it to a strategy or campaign first");
        }
        if (step.needsDate() && current.scheduledStart() == null) {
            throw new ValidationException("scheduledStart", "Give the date it goes out");
        }
        if (policyTicks != null && policy.mayEdit(user, current)) {
            ticks.replace(id, current.version(), policyTicks, user.personId(), clock.instant());
        }
        checkPolicy(current, step, user);
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

    private Tactic insert(Tactic tactic, CurrentUser user, @Nullable Set<Long> policyTicks) {
        Tactic clean = validate(tactic, user, null);
        if (!policy.starts(user, clean).contains(clean.status())) {
            throw new AccessDeniedException(
                    policy.mayApprove(user, clean)
                            ? "A new tactic cannot start as "
                                    + clean.status().label().toLowerCase(Locale.ROOT)
                            : "A coach approves this tactic: send it to review instead");
        }
        long id = repository.insert(clean, user.personId(), clock.instant());
        if (policyTicks != null) {
            ticks.replace(id, 0, policyTicks, user.personId(), clock.instant());
        }
        Tactic saved = tactic(id);
        events.publishEvent(new TacticChanged(null, saved));
        checkPolicy(saved, new Step(TacticStatus.IDEA, saved.status(), "", TacticWorkflow.Who.EDITOR), user);
        return saved;
    }

    private Tactic update(Tactic requested, Tactic previous, CurrentUser user, @Nullable Set<Long> policyTicks) {
        Tactic clean = validate(requested, user, previous);
        boolean sentBackByTheRule = requested.status() == previous.status() && clean.status() != previous.status();
        Step step = null;
        if (clean.status() != previous.status() && !sentBackByTheRule) {
            step = checkStep(user, previous, clean.status());
            if (step.who() == TacticWorkflow.Who.REVIEWER_OF_OTHERS) {
                throw new ValidationException("comment", "Say what to change: send it back with a comment");
            }
        }
        Tactic saved = write(clean, previous, user);
        if (policyTicks != null) {
            ticks.replace(
                    Objects.requireNonNull(saved.id()), saved.version(), policyTicks, user.personId(), clock.instant());
        }
        if (step != null) {
            checkPolicy(saved, step, user);
        }
        if (wordsChanged(previous, saved) && POLICY_HOLDS.contains(saved.status())) {
            // new words in a tactic whose status needed the ticks: the author ticks them again
            checkPolicy(
                    saved, new Step(TacticStatus.DRAFT, TacticStatus.IN_REVIEW, "", TacticWorkflow.Who.EDITOR), user);
        }
        return saved;
    }

    /** The statuses a social tactic reaches only with the policy ticked, and keeps only while it stays ticked. */
    private static final Set<TacticStatus> POLICY_HOLDS =
            EnumSet.of(TacticStatus.IN_REVIEW, TacticStatus.APPROVED, TacticStatus.SCHEDULED);

    private static boolean wordsChanged(Tactic a, Tactic b) {
        return !Objects.equals(a.title(), b.title()) || !Objects.equals(a.body(), b.body());
    }

    /**
     * The one path every change of a saved tactic takes to the database: the row (optimistic
     * locking), the history of edits, and the policy ticks, cleared when the words changed.
     */
    private Tactic write(Tactic changed, Tactic previous, CurrentUser user) {
        Instant now = clock.instant();
        if (!repository.update(changed, previous.status(), user.personId(), now)) {
            throw ConcurrentEditException.changed("This tactic");
        }
        long id = Objects.requireNonNull(changed.id());
        List<String> fields = changedFields(previous, changed);
        if (!fields.isEmpty()) {
            repository.recordEdit(id, fields, user.personId(), now);
        }
        if (wordsChanged(previous, changed)) {
            ticks.clear(id);
        }
        Tactic saved = tactic(id);
        events.publishEvent(new TacticChanged(previous, saved));
        return saved;
    }

    /** The names of the fields an edit changed, as the history shows them (the status has its own lines). */
    private static List<String> changedFields(Tactic a, Tactic b) {
        var fields = new ArrayList<String>();
        addIf(fields, "title", a.title(), b.title());
        addIf(fields, "copy", a.body(), b.body());
        addIf(fields, "channel", a.channelId(), b.channelId());
        if (!Objects.equals(a.scheduledStart(), b.scheduledStart())
                || !Objects.equals(a.scheduledEnd(), b.scheduledEnd())) {
            fields.add("date");
        }
        if (!Objects.equals(a.strategyId(), b.strategyId()) || !Objects.equals(a.campaignId(), b.campaignId())) {
            fields.add("what it serves");
        }
        addIf(fields, "owner", a.ownerId(), b.ownerId());
        addIf(fields, "intent", a.intent(), b.intent());
        addIf(fields, "interaction", a.interactionMode(), b.interactionMode());
        addIf(fields, "notes", a.notes(), b.notes());
        return fields;
    }

    private static void addIf(List<String> fields, String name, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    /**
     * A social tactic takes the policy's steps (to review, scheduled, approved by its owner) only
     * with every active item ticked for its current copy; otherwise the whole save is refused.
     */
    private void checkPolicy(Tactic tactic, Step step, CurrentUser user) {
        boolean byOwner = tactic.ownerId() == user.personId();
        if (!step.needsPolicy(byOwner) || tactic.channelId() == null) {
            return;
        }
        boolean social = repository
                .channelRules(tactic.channelId())
                .map(ChannelRules::social)
                .orElse(false);
        if (!social) {
            return;
        }
        List<String> missing = ticks.missing(Objects.requireNonNull(tactic.id()));
        if (!missing.isEmpty()) {
            throw new ValidationException(
                    "policy",
                    "Tick every item of the social policy first (" + missing.size() + " open: “" + missing.getFirst()
                            + "”" + (missing.size() > 1 ? "…" : "") + ")");
        }
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
        String title = TacticRules.title(t.title());
        String body = TacticRules.body(t.body());
        String notes = Check.optional("notes", "Notes", t.notes(), Check.TEXT_MAX);
        long channelId = Check.present("channelId", "Channel", t.channelId());
        ChannelRules channel = repository
                .channelRules(channelId)
                .orElseThrow(() -> new ValidationException("channelId", "That channel no longer exists"));
        TacticRules.channelOffered(
                channel.name(),
                channel.retired(),
                previous == null || !Objects.equals(previous.channelId(), channelId));
        TacticRules.copyFits(channel.name(), channel.maxLength(), channel.counting(), body);
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
        TacticRules.statusFits(strategyId, status, t.scheduledStart());
        TacticRules.duration(t.scheduledStart(), t.scheduledEnd());
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

package app.throughline.tactic;

import static app.throughline.security.Roles.CAN_WRITE_TACTICS;

import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.plan.Campaign;
import app.throughline.plan.Intent;
import app.throughline.plan.PlanService;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing, rescheduling and deleting tactics. Checks on the server who may change
 * which tactic ({@link TacticPermissions}), that an unaligned tactic stays an idea, the
 * channel's rules, and that nobody else saved the tactic meanwhile.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TacticService {

    private final TacticRepository repository;
    private final PlanService plan;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    TacticService(TacticRepository repository, PlanService plan, CurrentUserProvider currentUser, Clock clock) {
        this.repository = repository;
        this.plan = plan;
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
        return repository.unalignedCount();
    }

    /** Every status the tactic has had, oldest first. */
    public List<TacticStatus> statusHistory(long tacticId) {
        return repository.statusHistory(tacticId);
    }

    /** Whether the signed-in person may change this tactic (the form turns read-only otherwise). */
    public boolean mayEdit(Tactic tactic) {
        CurrentUser user = currentUser.get();
        return tactic.id() == null ? TacticPermissions.mayCreate(user)
                : TacticPermissions.mayEdit(user, tactic.ownerId());
    }

    /** The statuses the signed-in person may give an aligned tactic (unaligned ones stay ideas). */
    public Set<TacticStatus> myStatuses() {
        return TacticPermissions.statusesFor(currentUser.get());
    }

    /** The statuses the signed-in person may choose for this tactic. */
    public Set<TacticStatus> allowedStatuses(Tactic tactic) {
        Set<TacticStatus> allowed = TacticPermissions.statusesFor(currentUser.get());
        if (!tactic.aligned()) {
            allowed.removeIf(status -> !status.allowedWhenUnaligned());
        }
        return allowed;
    }

    @Transactional
    @PreAuthorize(CAN_WRITE_TACTICS)
    public Tactic save(Tactic tactic) {
        CurrentUser user = currentUser.get();
        Tactic previous = tactic.id() == null ? null : tactic(tactic.id());
        if (previous != null && !TacticPermissions.mayEdit(user, previous.ownerId())) {
            throw new AccessDeniedException("You can only change your own tactics");
        }
        Tactic clean = validate(tactic, user, previous);
        Instant now = clock.instant();
        if (previous == null) {
            return tactic(repository.insert(clean, user.personId(), now));
        }
        if (!repository.update(clean, previous.status(), user.personId(), now)) {
            throw new ConcurrentEditException("This tactic");
        }
        return tactic(clean.id());
    }

    /**
     * Moves a tactic to a new start, keeping its duration (the calendar's drag and drop).
     *
     * @param version the version the calendar showed; a newer one means someone else changed it
     */
    @Transactional
    @PreAuthorize(CAN_WRITE_TACTICS)
    public Tactic reschedule(long id, int version, Instant newStart) {
        CurrentUser user = currentUser.get();
        Tactic current = tactic(id);
        if (!TacticPermissions.mayEdit(user, current.ownerId())) {
            throw new AccessDeniedException("You can only move your own tactics");
        }
        if (!current.aligned()) {
            throw new ValidationException("scheduledStart", "An unaligned idea cannot be scheduled: "
                    + "link it to a strategy or campaign first");
        }
        if (current.status() == TacticStatus.PUBLISHED) {
            throw new ValidationException("scheduledStart", "“" + current.title()
                    + "” has already gone out; a published tactic cannot be moved");
        }
        Instant newEnd = current.scheduledEnd() == null || current.scheduledStart() == null ? null
                : newStart.plus(Duration.between(current.scheduledStart(), current.scheduledEnd()));
        if (current.status().compareTo(TacticStatus.APPROVED) >= 0 && current.status() != TacticStatus.CANCELLED
                && !TacticPermissions.mayApprove(user)) {
            // a new date changes what was approved: the same rule as an edit in the form
            Tactic moved = current.withSchedule(newStart, newEnd);
            if (current.version() != version) {
                throw new ConcurrentEditException("“" + current.title() + "”");
            }
            return save(moved);
        }
        if (!repository.reschedule(id, version, newStart, newEnd, user.personId(), clock.instant())) {
            throw new ConcurrentEditException("“" + current.title() + "”");
        }
        return tactic(id);
    }

    @Transactional
    @PreAuthorize(CAN_WRITE_TACTICS)
    public void delete(long id, int version) {
        Tactic current = tactic(id);
        if (!TacticPermissions.mayEdit(currentUser.get(), current.ownerId())) {
            throw new AccessDeniedException("You can only delete your own tactics");
        }
        if (!repository.delete(id, version)) {
            throw new ConcurrentEditException("This tactic");
        }
    }

    private Tactic validate(Tactic t, CurrentUser user, Tactic previous) {
        String title = Check.required("title", "Title", t.title(), Check.NAME_MAX);
        String body = Check.optional("body", "Copy", t.body(), Check.TEXT_MAX);
        String notes = Check.optional("notes", "Notes", t.notes(), Check.TEXT_MAX);
        long channelId = Check.present("channelId", "Channel", t.channelId());
        var channel = repository.channelRules(channelId)
                .orElseThrow(() -> new ValidationException("channelId", "That channel no longer exists"));
        if (body != null && channel.value2() != null && body.length() > channel.value2()) {
            throw new ValidationException("body", channel.value1() + " takes at most " + channel.value2()
                    + " characters; this copy has " + body.length());
        }
        long ownerId = Check.present("ownerId", "Owner", t.ownerId());
        if (!TacticPermissions.mayEditAnyone(user) && ownerId != user.personId()
                && (previous == null || previous.ownerId() != ownerId)) {
            throw new ValidationException("ownerId", "You can only plan tactics as their owner");
        }
        Long departmentId = t.departmentId() != null ? t.departmentId()
                : repository.departmentOf(ownerId)
                        .orElseThrow(() -> new ValidationException("ownerId", "That person no longer exists"))
                        .orElse(null);

        Long strategyId = t.strategyId();
        Intent intent = t.intent();
        if (t.campaignId() != null) {
            Campaign campaign = plan.campaign(t.campaignId());
            strategyId = campaign.strategyId();
            intent = intent == null ? campaign.intent() : intent;
        } else if (strategyId != null) {
            plan.strategy(strategyId);
        }
        intent = intent == null ? Intent.BRANDING : intent;

        TacticStatus status = Check.present("status", "Status", t.status());
        if (strategyId == null && !status.allowedWhenUnaligned()) {
            throw new ValidationException("status", "An unaligned idea cannot be " + status.label().toLowerCase()
                    + ": link it to a strategy or campaign first");
        }
        boolean statusChanges = previous == null || previous.status() != status;
        if (statusChanges && !TacticPermissions.statusesFor(user).contains(status)) {
            throw new ValidationException("status", "A coach approves this tactic: send it to review instead");
        }
        if (strategyId == null && t.scheduledStart() != null) {
            throw new ValidationException("scheduledStart", "An unaligned idea has no date yet: choose what it "
                    + "serves, or clear the date");
        }
        if (t.scheduledStart() == null && (status == TacticStatus.SCHEDULED || status == TacticStatus.PUBLISHED)) {
            throw new ValidationException("scheduledStart", "Give the date it goes out");
        }
        if (t.scheduledEnd() != null) {
            if (t.scheduledStart() == null) {
                throw new ValidationException("scheduledStart", "Give a start for a tactic that has an end");
            }
            if (t.scheduledEnd().isBefore(t.scheduledStart())) {
                throw new ValidationException("scheduledEnd", "The end cannot be before the start");
            }
            if (Duration.between(t.scheduledStart(), t.scheduledEnd()).compareTo(Tactic.MAX_DURATION) > 0) {
                throw new ValidationException("scheduledEnd", "A tactic can last at most "
                        + Tactic.MAX_DURATION.toDays() + " days; plan longer efforts as a campaign");
            }
        }
        var clean = new Tactic(t.id(), strategyId, t.campaignId(), title, body, channelId, t.scheduledStart(),
                t.scheduledEnd(), status, ownerId, departmentId, intent,
                t.interactionMode() == null ? InteractionMode.BROADCAST : t.interactionMode(), notes, t.version());
        return backToReviewIfNeeded(clean, previous, user);
    }

    /**
     * An approved (or later) tactic whose content is changed by someone who may not approve goes
     * back to review: what a coach approved is what goes out.
     */
    private static Tactic backToReviewIfNeeded(Tactic edited, Tactic previous, CurrentUser user) {
        boolean wasApproved = previous != null && previous.status().compareTo(TacticStatus.APPROVED) >= 0
                && previous.status() != TacticStatus.CANCELLED;
        if (!wasApproved || TacticPermissions.mayApprove(user) || edited.status() == TacticStatus.CANCELLED
                || sameContent(edited, previous)) {
            return edited;
        }
        return edited.withStatus(TacticStatus.IN_REVIEW);
    }

    private static boolean sameContent(Tactic a, Tactic b) {
        return java.util.Objects.equals(a.title(), b.title()) && java.util.Objects.equals(a.body(), b.body())
                && java.util.Objects.equals(a.channelId(), b.channelId())
                && java.util.Objects.equals(a.scheduledStart(), b.scheduledStart())
                && java.util.Objects.equals(a.scheduledEnd(), b.scheduledEnd())
                && java.util.Objects.equals(a.strategyId(), b.strategyId())
                && java.util.Objects.equals(a.campaignId(), b.campaignId());
    }
}

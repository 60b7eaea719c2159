package app.throughline.tactic.ui;

import app.throughline.channel.Channel;
import app.throughline.channel.ChannelService;
import app.throughline.coaching.CoachingService;
import app.throughline.coaching.TrainingService;
import app.throughline.coaching.TrainingStatus;
import app.throughline.common.NotFoundException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.listening.Insight;
import app.throughline.listening.LinkTarget;
import app.throughline.listening.ListeningService;
import app.throughline.listening.ui.InsightsBehind;
import app.throughline.people.PeopleService;
import app.throughline.people.PersonSummary;
import app.throughline.people.ui.ExpertPanel;
import app.throughline.plan.PlanService;
import app.throughline.plan.TacticParent;
import app.throughline.policy.SocialPolicyService;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.security.Role;
import app.throughline.tactic.CopyRules;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticAccess;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.tactic.TacticWorkflow.Step;
import app.throughline.tactic.TacticWorkflow.Who;
import app.throughline.ui.MenuBadges;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The composer: one tactic on a page of its own ({@code tactics/{id}}, or {@code tactics/new}
 * with {@code strategy}, {@code campaign}, {@code date} and {@code channel} to start from). The
 * form on one side; on the other the copy's preview, the social policy's checklist, the next
 * steps the person may take (exactly {@link TacticAccess#steps()}), the coaching thread and the
 * history. It offers what the server allows; the server checks every write again. Leaving with
 * unsaved changes asks first.
 */
@Route(ComposerView.PATH + "/:id(new|[0-9]+)")
@PermitAll
public class ComposerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String PATH = "tactics";
    static final String NEW = "new";
    static final String STRATEGY = "strategy";
    static final String CAMPAIGN = "campaign";
    static final String DATE = "date";
    static final String CHANNEL = "channel";
    /** Issue 9: {@code tactics/new?insight={id}} plans a tactic from an insight of the listening log. */
    static final String INSIGHT = "insight";

    private final TacticService tactics;
    private final TacticPolicy policy;
    private final PlanService plan;
    private final ChannelService channels;
    private final PeopleService people;
    private final CoachingService coaching;
    private final SocialPolicyService socialPolicy;
    private final TrainingService training;
    private final ListeningService listening;
    private final Clock clock;
    private final CurrentUser user;
    private final ZoneId zone;

    /** Whether the browser is asked to confirm leaving the page (unsaved changes). */
    private boolean unloadGuarded;

    private final H1 heading = new H1();
    private final Div note = new Div();
    private final Div problem = new Div();
    private final Button save = new Button("Save");
    private final Span status = new Span();
    private final Paragraph statusHint = new Paragraph();
    private final Paragraph policyHint = new Paragraph();
    private final Div stepsProblem = new Div();
    private final List<StepButton> stepButtons = new ArrayList<>();

    private @Nullable Tactic tactic;
    private TacticAccess access = new TacticAccess(false, false, List.of(), List.of());
    private @Nullable TacticForm form;
    private @Nullable PolicyChecklist checklist;
    private Set<Long> initialTicks = Set.of();
    private final CopyPreview preview = new CopyPreview();
    private SubmissionKey submission = SubmissionKey.random();
    /** The key was sent: the next change starts a new submission (a repeated click re-sends the same one). */
    private boolean submitted;
    /** Set when leaving on purpose (after a save, a deletion or "discard"): no question asked. */
    private boolean leaving;
    /** Issue 9: the insight a new tactic is planned from, linked to it after its first save; null otherwise. */
    private @Nullable Long fromInsight;

    private record StepButton(Step step, Button button) {}

    ComposerView(
            TacticService tactics,
            TacticPolicy policy,
            PlanService plan,
            ChannelService channels,
            PeopleService people,
            CoachingService coaching,
            SocialPolicyService socialPolicy,
            TrainingService training,
            ListeningService listening,
            CurrentUserProvider currentUser,
            Clock clock) {
        this.tactics = tactics;
        this.policy = policy;
        this.plan = plan;
        this.channels = channels;
        this.people = people;
        this.coaching = coaching;
        this.socialPolicy = socialPolicy;
        this.training = training;
        this.listening = listening;
        this.clock = clock;
        this.user = currentUser.get();
        this.zone = user.zone();
        addClassName("composer-view");
        setWidthFull();
        note.addClassNames("form-problem", "form-note");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        stepsProblem.addClassName("steps-problem");
        stepsProblem.getElement().setAttribute("role", "alert");
        stepsProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        status.addClassName("tactic-status");
        status.getElement().getThemeList().add("badge");
        statusHint.addClassName("status-hint");
        policyHint.addClassName("policy-hint");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a second click while the first is saved is ignored in the browser, and on the server by the submission key
        save.setDisableOnClick(true);
        save.addClickListener(e -> saveClicked());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // whichever link led here (the review queue's, a list's), "Close" leads back to it
        TacticNavigation.rememberOrigin(event.getUI());
        String id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            if (!policy.mayCreate(user)) {
                event.rerouteToError(AccessDeniedException.class);
                return;
            }
            var choices = choices();
            QueryParameters query = event.getLocation().getQueryParameters();
            show(fromInsight(query, draft(query, choices)), choices);
            return;
        }
        try {
            Tactic found = tactics.tactic(Long.parseLong(id));
            show(found, choices());
        } catch (NotFoundException gone) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, gone.getMessage());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving || !unsaved()) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog();
        confirm.setHeader("Discard changes?");
        confirm.setText("You changed this tactic and did not save it. If you leave now, the changes are lost.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.setConfirmText("Discard changes");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            leaving = true;
            action.proceed();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return (tactic == null || tactic.id() == null ? "New tactic" : tactic.title()) + " · Throughline";
    }

    private TacticForm.Choices choices() {
        return new TacticForm.Choices(plan.tacticParents(), channels.channels(), people.people(), zone);
    }

    /** A new tactic for the signed-in person, from the address's query. */
    private Tactic draft(QueryParameters query, TacticForm.Choices choices) {
        Long strategyId = number(query, STRATEGY);
        Long campaignId = number(query, CAMPAIGN);
        Long channelId = number(query, CHANNEL);
        TacticParent parent = choices.parents().stream()
                .filter(p -> campaignId != null
                        ? Objects.equals(p.campaignId(), campaignId)
                        : strategyId != null && p.strategyId() == strategyId && p.campaignId() == null)
                .findFirst()
                .orElse(null);
        List<Channel> all =
                choices.channels().stream().filter(c -> !c.retired()).toList();
        Long channel = all.stream()
                .filter(c -> channelId != null && c.id() == channelId)
                .findFirst()
                .or(() -> all.stream().findFirst())
                .map(Channel::id)
                .orElse(null);
        LocalDateTime start = date(query);
        var at = start == null ? null : start.atZone(zone).toInstant();
        return parent == null
                ? Tactic.blank(null, null, channel, at, user.personId(), null)
                : Tactic.blank(parent.strategyId(), parent.campaignId(), channel, at, user.personId(), parent.intent());
    }

    /**
     * Issue 9, "Plan a tactic from this": with {@code insight} in the query, the new tactic's notes
     * start with what was heard (its first 200 characters), and the first save links the tactic to
     * the insight ({@link #linkToInsight}). An unknown insight is ignored.
     */
    private Tactic fromInsight(QueryParameters query, Tactic draft) {
        fromInsight = null;
        Long insightId = number(query, INSIGHT);
        if (insightId == null) {
            return draft;
        }
        Insight insight;
        try {
            insight = listening.insight(insightId).insight();
        } catch (NotFoundException gone) {
            return draft;
        }
        fromInsight = insightId;
        String heard = insight.heard();
        String notes = "From what we heard: " + (heard.length() <= 200 ? heard : heard.substring(0, 200) + "…");
        return new Tactic(
                draft.id(),
                draft.strategyId(),
                draft.campaignId(),
                draft.title(),
                draft.body(),
                draft.channelId(),
                draft.scheduledStart(),
                draft.scheduledEnd(),
                draft.status(),
                draft.ownerId(),
                draft.departmentId(),
                draft.intent(),
                draft.interactionMode(),
                notes,
                draft.version());
    }

    /** Issue 9: links a tactic just created from an insight to it; a refusal is said, the save stands. */
    private void linkToInsight(Tactic saved) {
        Long insightId = fromInsight;
        if (insightId == null) {
            return;
        }
        fromInsight = null;
        try {
            listening.link(insightId, LinkTarget.tactic(Objects.requireNonNull(saved.id())));
            Notifications.info("Linked “" + saved.title() + "” to the insight it was planned from");
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
        }
    }

    private static @Nullable Long number(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** {@code date}: a day (planned at 09:00) or a day and time, in the viewer's zone. */
    private static @Nullable LocalDateTime date(QueryParameters query) {
        String value = query.getSingleParameter(DATE).orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("T")
                    ? LocalDateTime.parse(value)
                    : LocalDate.parse(value).atTime(9, 0);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    // --- building the page --------------------------------------------------------------------

    /** Shows {@code shown} as it stands: the whole page is built afresh (after a save or a step too). */
    private void show(Tactic shown, TacticForm.Choices offered) {
        var choices = offered.people().stream().anyMatch(p -> p.id() == shown.ownerId())
                ? offered
                // a disabled owner keeps their tactic: show them, marked, rather than an empty owner
                : new TacticForm.Choices(
                        offered.parents(), offered.channels(), people.ownerChoices(shown.ownerId()), offered.zone());
        removeAll();
        tactic = shown;
        leaving = false;
        access = tactics.access(shown);
        problem.setVisible(false);
        stepsProblem.setVisible(false);
        stepButtons.clear();
        Long id = shown.id();

        var newForm = new TacticForm(shown, choices, access.mayEdit() && access.mayChooseOwner(), tactics::copyRules);
        form = newForm;
        heading.setText(heading(shown));
        add(heading);
        if (!access.mayEdit()) {
            newForm.setReadOnly(true);
            note.setText(viewOnlyNote(shown, choices.people()));
            add(note);
        }
        add(problem);

        var policyItems = socialPolicy.activeItems();
        var newChecklist = new PolicyChecklist(policyItems);
        checklist = newChecklist;
        initialTicks = id == null ? Set.of() : tactics.policyTicks(id);
        newChecklist.setTicks(initialTicks);
        newChecklist.setReadOnly(!access.mayEdit());
        newChecklist.onChange(this::changed);
        newForm.onCopyEdited(newChecklist::copyChanged);
        newForm.onChange(this::changed);

        var left = new Div(newForm, actions(shown));
        left.addClassName("composer-main");
        var right = new Div(preview, newChecklist, nextSteps(shown));
        right.addClassName("composer-side");
        if (id != null) {
            right.add(new CoachingThread(coaching, zone, clock, user.personId(), id, coaching.mayComment(shown)));
            right.add(new ExpertPanel(shown.title() + "\n" + Objects.requireNonNullElse(shown.body(), "")));
            var history = new TacticHistoryList(zone);
            history.show(tactics.history(id));
            right.add(history);
            right.add(new InsightsBehind("this tactic").show(listening.insightsForTactic(id)));
        }
        var columns = new Div(left, right);
        columns.addClassName("composer-columns");
        columns.setWidthFull();
        columns.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 26rem), 1fr))")
                .set("gap", "var(--lumo-space-l)")
                .set("align-items", "start");
        add(columns);
        submission = SubmissionKey.random();
        submitted = false;
        refreshSide();
    }

    private HorizontalLayout actions(Tactic shown) {
        var close = new Button("Close", e -> leave());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout();
        bar.addClassName("composer-actions");
        save.setVisible(access.mayEdit());
        if (access.mayEdit() && shown.id() != null) {
            var delete = new Button("Delete", e -> confirmDelete(shown));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(delete);
        }
        bar.add(close, save);
        return bar;
    }

    private Section nextSteps(Tactic shown) {
        var section = new Section(new H2("Next steps"));
        section.addClassName("next-steps");
        var statusLine = new Div(new Span("Status: "), status);
        section.add(statusLine, statusHint);
        trainingNote().ifPresent(section::add);
        var buttons = new FlexLayout();
        buttons.addClassName("step-buttons");
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        for (Step step : access.steps()) {
            var button = new Button(step.label());
            button.setDisableOnClick(true);
            button.addClickListener(e -> take(step, button));
            button.addThemeVariants(
                    (step.to().approved() && step.to() != TacticStatus.PUBLISHED) || step.to() == TacticStatus.IN_REVIEW
                            ? ButtonVariant.LUMO_PRIMARY
                            : ButtonVariant.LUMO_CONTRAST);
            stepButtons.add(new StepButton(step, button));
            buttons.add(button);
        }
        if (shown.id() == null) {
            section.add(new Paragraph("Once it is saved, its next steps (such as sending it to review) show here."));
        } else if (access.steps().isEmpty()) {
            section.add(new Paragraph("There is no step for you to take on it now."));
        }
        section.add(buttons, policyHint, stepsProblem);
        return section;
    }

    /** A contributor's training and what it means for their posts (DESIGN.md: "direct dial"). */
    private java.util.Optional<Paragraph> trainingNote() {
        if (!user.has(Role.CONTRIBUTOR) || policy.mayReview(user)) {
            return java.util.Optional.empty();
        }
        TrainingStatus mine = training.mine();
        LocalDate on = mine.trainedOn();
        var text = on != null
                ? "You completed the social-policy training on " + on + ": you can approve your own posts"
                : "Until you complete the social-policy training, a coach reviews your posts before they go out";
        var paragraph = new Paragraph(text);
        paragraph.addClassName("training-note");
        return java.util.Optional.of(paragraph);
    }

    private static String heading(Tactic tactic, TacticAccess access) {
        if (tactic.id() == null) {
            return "New tactic";
        }
        return access.mayEdit() ? "Edit tactic" : access.reviewOnly() ? "Review tactic" : "Tactic";
    }

    private String heading(Tactic shown) {
        return heading(shown, access);
    }

    private String viewOnlyNote(Tactic shown, List<PersonSummary> everyone) {
        String owner = everyone.stream()
                .filter(p -> p.id() == shown.ownerId())
                .findFirst()
                .map(PersonSummary::displayName)
                .orElse("its owner");
        String who = "Only its owner, " + owner + ", or a marketer, strategist or admin can change it.";
        return access.reviewOnly()
                ? "It waits for review: approve it, or send it back to its owner to change. " + who
                : "You can read this tactic. " + who;
    }

    // --- as the person edits --------------------------------------------------------------------

    private void changed() {
        if (submitted) {
            submission = SubmissionKey.random();
            submitted = false;
        }
        refreshSide();
    }

    /**
     * While there are unsaved changes, the browser asks before a reload, a closed tab or an
     * outside link drops them (the router's {@link #beforeLeave} asks for navigation inside the
     * app). The browser shows its own words: no text of ours goes into the page.
     */
    private void guardUnload() {
        boolean guard = unsaved();
        if (guard != unloadGuarded) {
            unloadGuarded = guard;
            getElement()
                    .executeJs(
                            "window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; }) : null;",
                            guard);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unloadGuarded) {
            event.getUI().getPage().executeJs("window.onbeforeunload = null;");
            unloadGuarded = false;
        }
        super.onDetach(event);
    }

    /** The preview, the checklist's place, the status and which steps may be taken, after any change. */
    private void refreshSide() {
        guardUnload();
        TacticForm shownForm = Objects.requireNonNull(form);
        PolicyChecklist shownChecklist = Objects.requireNonNull(checklist);
        preview.show(shownForm.channelLabel(), shownForm.copy());
        boolean social = social();
        shownChecklist.setVisible(social);
        status.setText(shownForm.status().label());
        String hint = shownForm.statusHint();
        statusHint.setText(hint == null ? "" : hint);
        statusHint.setVisible(hint != null);
        boolean byOwner = Objects.requireNonNull(tactic).ownerId() == user.personId();
        var waiting = new ArrayList<String>();
        for (StepButton sb : stepButtons) {
            boolean blocked = social && sb.step().needsPolicy(byOwner) && !shownChecklist.complete();
            sb.button().setEnabled(!blocked);
            if (blocked) {
                waiting.add("“" + sb.step().label() + "”");
            }
        }
        policyHint.setText(
                waiting.isEmpty()
                        ? ""
                        : "Tick every item of the social policy first to " + String.join(" or ", waiting) + ".");
        policyHint.setVisible(!waiting.isEmpty());
    }

    private boolean social() {
        CopyRules rules = Objects.requireNonNull(form).rules();
        return rules != null && rules.social();
    }

    /** Whether there is something the person changed and did not save. */
    private boolean unsaved() {
        if (form == null || !access.mayEdit()) {
            return false;
        }
        return form.hasChanges()
                || (social() && !Objects.requireNonNull(checklist).ticks().equals(initialTicks));
    }

    /** The ticks to send with a save or a step: the author's, on a social channel. */
    private @Nullable Set<Long> ticks() {
        return access.mayEdit() && social() ? Objects.requireNonNull(checklist).ticks() : null;
    }

    // --- save, steps, delete ------------------------------------------------------------------

    private void saveClicked() {
        try {
            Tactic requested = Objects.requireNonNull(tactic);
            Tactic saved = saveNow();
            if (saved == null) {
                return;
            }
            Notifications.success(
                    savedMessage(saved, Objects.requireNonNull(form).status()));
            if (requested.id() == null) {
                linkToInsight(saved); // issue 9: planned from an insight
                goTo(Objects.requireNonNull(saved.id()));
            } else {
                show(saved, choices());
            }
        } catch (RuntimeException refused) {
            handle(refused);
        } finally {
            save.setEnabled(true);
        }
    }

    /** Saves the form with the policy ticks; null when a field's rule refused it (said next to the field). */
    private @Nullable Tactic saveNow() {
        problem.setVisible(false);
        stepsProblem.setVisible(false);
        Objects.requireNonNull(checklist).showProblem(null);
        Tactic written = Objects.requireNonNull(form).write();
        if (written == null) {
            return null;
        }
        Tactic saved = tactics.save(written, submission, ticks());
        submitted = true;
        MenuBadges.refresh();
        return saved;
    }

    private static String savedMessage(Tactic saved, TacticStatus requested) {
        if (saved.status() == TacticStatus.IN_REVIEW && requested != TacticStatus.IN_REVIEW) {
            return "Saved “" + saved.title() + "”. It was approved before your change, so it went back to review: "
                    + "a coach approves what goes out.";
        }
        return "Saved “" + saved.title() + "” (" + saved.status().label().toLowerCase(Locale.ROOT) + ")";
    }

    /**
     * Takes a step. Unsaved changes are saved first (with the policy ticks), then the step is
     * taken, in that order, stopping at the first refusal.
     */
    private void take(Step step, Button button) {
        try {
            Tactic current = Objects.requireNonNull(tactic);
            boolean savedFirst = false;
            if (unsaved()) {
                Tactic saved = saveNow();
                if (saved == null) {
                    return;
                }
                current = saved;
                savedFirst = true;
            }
            if (sendsBack(step)) {
                if (savedFirst) {
                    show(current, choices());
                }
                openSendBack(current);
                return;
            }
            try {
                Tactic changed = tactics.changeStatus(
                        Objects.requireNonNull(current.id()), current.version(), step.to(), ticks());
                MenuBadges.refresh();
                Notifications.success(step.label() + ": “" + changed.title() + "” is now "
                        + changed.status().label().toLowerCase(Locale.ROOT));
                show(changed, choices());
            } catch (RuntimeException refused) {
                if (savedFirst) {
                    show(current, choices()); // the save stands; the step did not happen
                }
                handle(refused);
            }
        } catch (RuntimeException refused) {
            handle(refused);
        } finally {
            button.setEnabled(true);
        }
    }

    private static boolean sendsBack(Step step) {
        return step.who() == Who.REVIEWER_OF_OTHERS && step.to() == TacticStatus.DRAFT;
    }

    /** A send-back says what to change: the dialog does not send without a comment (nor does the server). */
    private void openSendBack(Tactic current) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Send back “" + current.title() + "”");
        var comment = new TextArea("What to change");
        comment.setWidth("min(36rem, 85vw)");
        comment.setMinHeight("8em");
        comment.setRequiredIndicatorVisible(true);
        comment.setHelperText("Its owner sees this in the coaching thread; the tactic becomes a draft again.");
        dialog.add(comment);
        var send = new Button("Send back", e -> {
            try {
                Tactic back =
                        coaching.sendBack(Objects.requireNonNull(current.id()), current.version(), comment.getValue());
                dialog.close();
                MenuBadges.refresh();
                Notifications.success("Sent back: “" + back.title() + "” is a draft again, with your comment");
                show(back, choices());
            } catch (ValidationException invalid) {
                if ("comment".equals(invalid.field())) {
                    comment.setErrorMessage(invalid.getMessage());
                    comment.setInvalid(true);
                } else {
                    dialog.close();
                    handle(invalid);
                }
            } catch (RuntimeException refused) {
                dialog.close();
                handle(refused);
            }
        });
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), send);
        dialog.open();
    }

    private void confirmDelete(Tactic shown) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Delete “" + shown.title() + "”?");
        confirm.setText("The tactic, its status history and its coaching thread are deleted. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Delete tactic");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                tactics.delete(Objects.requireNonNull(shown.id()), shown.version());
                MenuBadges.refresh();
                Notifications.success("Deleted “" + shown.title() + "”");
                leaving = true;
                leave();
            } catch (RuntimeException refused) {
                handle(refused);
            }
        });
        confirm.open();
    }

    /** Back where the composer was opened from (the calendar for a link); unsaved changes ask first. */
    private void leave() {
        UI ui = UI.getCurrent();
        Location origin = TacticNavigation.origin(ui);
        ui.navigate(origin.getPath(), origin.getQueryParameters());
    }

    /** After creating: the address becomes the tactic's own, replacing {@code tactics/new} in the history. */
    private void goTo(long id) {
        UI ui = UI.getCurrent();
        leaving = true;
        var location = new Location(PATH + "/" + id);
        ui.getPage().getHistory().replaceState(null, location);
        ui.getInternals().getRouter().navigate(ui, location, NavigationTrigger.PROGRAMMATIC);
    }

    // --- refusals -----------------------------------------------------------------------------

    /** Shows a refusal where it belongs: next to its field, the checklist or the steps; else at the top. */
    private void handle(RuntimeException failure) {
        if (failure instanceof ValidationException invalid && invalid.field() != null) {
            String field = Objects.requireNonNull(invalid.field());
            switch (field) {
                case "policy" -> {
                    Objects.requireNonNull(checklist).showProblem(invalid.getMessage());
                    return;
                }
                case "status" -> {
                    stepsProblem.setText(invalid.getMessage());
                    stepsProblem.setVisible(true);
                    return;
                }
                default -> {
                    if (Objects.requireNonNull(form).showFieldProblem(field, invalid.getMessage())) {
                        return;
                    }
                }
            }
        }
        UserProblem told = UserProblem.of(failure);
        problem.setText(told.message());
        Tactic shown = tactic;
        if (told.kind() == UserProblem.Kind.CONFLICT && shown != null && shown.id() != null) {
            var reload = new Button("Reload", e -> reload(Objects.requireNonNull(shown.id())));
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reload.getStyle().set("margin-left", "var(--lumo-space-s)");
            problem.add(reload);
        }
        problem.setVisible(true);
    }

    /** Shows the tactic as it now stands, dropping what was typed (the person asked for it). */
    private void reload(long id) {
        try {
            show(tactics.tactic(id), choices());
        } catch (NotFoundException gone) {
            handle(gone);
        }
    }
}

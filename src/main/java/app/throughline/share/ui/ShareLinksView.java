package app.throughline.share.ui;

import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.feed.SiteAddress;
import app.throughline.feed.ui.TokenUrlDialog;
import app.throughline.security.CurrentUserProvider;
import app.throughline.share.CreatedShareLink;
import app.throughline.share.ShareLink;
import app.throughline.share.ShareLinkService;
import app.throughline.share.SharePolicy;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * {@code share-links}: read-only calendars for stakeholders without an account. Create one from a
 * calendar address (its filters), choose whether tactic bodies show and until when it opens; every
 * link not revoked is listed with its creator; its creator or an admin revokes it (DD018).
 */
@Route(ShareLinksView.PATH)
@PageTitle("Share links · Throughline")
@RolesAllowed({"ADMIN", "STRATEGIST", "MARKETER"})
public class ShareLinksView extends VerticalLayout implements BeforeEnterObserver {

    public static final String PATH = "share-links";

    /** A calendar address handed over from the calendar ({@code share-links?calendar=...}). */
    static final String CALENDAR = "calendar";

    private final ShareLinkService links;
    private final SharePolicy policy;
    private final CurrentUserProvider currentUser;
    private final SiteAddress site;
    private final Clock clock;
    private final TextField label = new TextField("For whom or what");
    private final TextField address = new TextField("Calendar address");
    private final Checkbox bodies = new Checkbox("Show the tactics' text");
    private final DatePicker expires = new DatePicker("Open until");
    private final Grid<ShareLink> grid = new Grid<>();
    private final Map<String, HasValidation> fields;

    ShareLinksView(
            ShareLinkService links,
            SharePolicy policy,
            CurrentUserProvider currentUser,
            SiteAddress site,
            Clock clock) {
        this.links = links;
        this.policy = policy;
        this.currentUser = currentUser;
        this.site = site;
        this.clock = clock;
        this.fields = Map.of("label", label, "expiresOn", expires);
        addClassName("share-links-view");
        setMaxWidth("64rem");

        label.setMaxLength(ShareLink.LABEL_MAX);
        label.setPlaceholder("Board review, agency");
        label.setRequiredIndicatorVisible(true);
        address.setHelperText("Set the filters on the calendar and paste its address here; empty shares the whole "
                + "calendar. The visitor pages through the months.");
        bodies.setValue(false);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        expires.setValue(today.plusDays(30));
        expires.setMin(today);
        expires.setMax(today.plusDays(ShareLink.MAX_DAYS));
        expires.setHelperText("The link opens through this day (UTC)");
        var form = new FormLayout(label, address, expires, bodies);
        form.setColspan(address, 2);
        var create = new Button("Create share link", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(ShareLink::label).setHeader("For").setFlexGrow(2);
        grid.addColumn(l -> l.filterQuery().isEmpty() ? "Whole calendar" : l.filterQuery())
                .setHeader("Calendar filter")
                .setFlexGrow(2);
        grid.addColumn(ShareLink::creatorName).setHeader("Created by");
        grid.addColumn(l -> l.showBodies() ? "Shown" : "Hidden").setHeader("Text");
        grid.addComponentColumn(this::expiry).setHeader("Open until");
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setHeader("Action");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No share links");
        grid.getElement().setAttribute("aria-label", "Share links");

        add(
                new H1("Share links"),
                new Paragraph("A share link shows a filtered calendar, read-only, to someone without an account: "
                        + "titles, channels and dates, and the tactics' text only if you choose. Nobody signs "
                        + "in through it and nothing can be changed there."),
                form,
                create,
                new H2("Links"),
                grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CALENDAR).ifPresent(address::setValue);
    }

    private Component expiry(ShareLink link) {
        String day = Formats.current().date(link.expiresOn());
        var text = new Span(link.expired(LocalDate.now(clock.withZone(ZoneOffset.UTC))) ? day + " (expired)" : day);
        return text;
    }

    private Component revokeButton(ShareLink link) {
        var revoke = new Button("Revoke", e -> confirmRevoke(link));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.getElement().setAttribute("aria-label", "Revoke the link for " + link.label());
        revoke.setVisible(policy.mayRevoke(currentUser.get(), link));
        return revoke;
    }

    private void create() {
        label.setInvalid(false);
        expires.setInvalid(false);
        LocalDate until = expires.getValue();
        if (until == null) {
            expires.setErrorMessage("Choose the last day the link opens");
            expires.setInvalid(true);
            return;
        }
        try {
            CreatedShareLink created = links.create(label.getValue(), address.getValue(), bodies.getValue(), until);
            String url = site.of(VaadinServletRequest.getCurrent().getHttpServletRequest()) + created.path();
            new TokenUrlDialog(
                            "Share link created",
                            "Share link",
                            url,
                            "Send it to " + created.link().label() + ". It opens a read-only calendar until "
                                    + Formats.current().date(until) + ".")
                    .open();
            label.clear();
            // cleared for the next link, not left red as a required field never filled
            label.setInvalid(false);
            address.clear();
            bodies.setValue(false);
            refresh();
        } catch (ValidationException invalid) {
            HasValidation field = invalid.field() == null ? null : fields.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
            } else {
                Notifications.error(invalid.getMessage());
            }
        } catch (RuntimeException failed) {
            Notifications.problem(UserProblem.of(failed));
        }
    }

    private void confirmRevoke(ShareLink link) {
        var confirm = new ConfirmDialog(
                "Revoke the link for “" + link.label() + "”?",
                "Whoever opens it from now on reads “This link was revoked” and sees no data.",
                "Revoke",
                e -> {
                    try {
                        links.revoke(link.id());
                        Notifications.success("Revoked the link for " + link.label());
                    } catch (RuntimeException failed) {
                        Notifications.problem(UserProblem.of(failed));
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(links.list());
    }
}

package app.throughline.feed.ui;

import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.feed.CalendarFeed;
import app.throughline.feed.CreatedFeed;
import app.throughline.feed.FeedService;
import app.throughline.feed.SiteAddress;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.ZoneOffset;

/**
 * "Calendar feeds" on the profile page: one's own subscription URLs for Outlook, Google Calendar
 * or any calendar app, of one's own tactics or of a calendar filter; each shown once, revocable.
 */
public class FeedsSection extends VerticalLayout {

    private final FeedService feeds;
    private final SiteAddress site;
    private final Grid<CalendarFeed> grid = new Grid<>();
    private final TextField name = new TextField("Feed name");
    private final TextField address = new TextField("Calendar address (optional)");

    public FeedsSection(FeedService feeds, SiteAddress site) {
        this.feeds = feeds;
        this.site = site;
        addClassName("feeds-section");
        setPadding(false);
        setMaxWidth("44rem");

        name.setMaxLength(CalendarFeed.NAME_MAX);
        name.setPlaceholder("My tactics");
        address.setHelperText("Empty: your own tactics. For a filter, set it on the calendar and paste the "
                + "calendar's address here.");
        address.setWidthFull();
        var create = new Button("Create feed", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, address);

        grid.addColumn(CalendarFeed::name).setHeader("Feed").setFlexGrow(2);
        grid.addColumn(f -> f.mine() ? "My tactics" : "Calendar filter: " + f.filterQuery())
                .setHeader("Shows")
                .setFlexGrow(3);
        grid.addColumn(f -> Formats.current()
                        .date(f.createdAt().atZone(ZoneOffset.UTC).toLocalDate()))
                .setHeader("Created");
        grid.addComponentColumn(f -> {
                    var revoke = new Button("Revoke", e -> confirmRevoke(f));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    revoke.getElement().setAttribute("aria-label", "Revoke the feed " + f.name());
                    return revoke;
                })
                .setKey("revoke")
                .setHeader("Action");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No feeds yet");
        grid.getElement().setAttribute("aria-label", "Your calendar feeds");

        add(
                new H2("Calendar feeds"),
                new Paragraph("Subscribe to your tactics in Outlook (Add calendar › Subscribe from web) or Google "
                        + "Calendar (Other calendars › From URL): paste the feed's address; it follows changes "
                        + "on its own. Times are in UTC, your calendar shows them in your zone. The address is "
                        + "a key: whoever has it sees the feed, so revoke a feed you no longer use."),
                form,
                create,
                grid);
        // someone who must first replace an admin-set password holds no role, and so no feeds
        setVisible(feeds.mayHaveFeeds());
        if (isVisible()) {
            refresh();
        }
    }

    private void create() {
        name.setInvalid(false);
        address.setInvalid(false);
        try {
            String chosen = name.getValue().isBlank() ? "My tactics" : name.getValue();
            CreatedFeed created = feeds.create(chosen, address.getValue());
            String url = site.of(VaadinServletRequest.getCurrent().getHttpServletRequest()) + created.path();
            new TokenUrlDialog(
                            "Feed created",
                            "Feed address",
                            url,
                            "Add it to Outlook or Google Calendar as a calendar from the internet (by URL).")
                    .open();
            name.clear();
            address.clear();
            refresh();
        } catch (ValidationException invalid) {
            TextField field = "filter".equals(invalid.field()) ? address : name;
            field.setErrorMessage(invalid.getMessage());
            field.setInvalid(true);
        } catch (RuntimeException failed) {
            Notifications.problem(UserProblem.of(failed));
        }
    }

    private void confirmRevoke(CalendarFeed feed) {
        var confirm = new ConfirmDialog(
                "Revoke “" + feed.name() + "”?",
                "Calendars subscribed to it stop updating and its address opens nothing any more.",
                "Revoke",
                e -> {
                    try {
                        feeds.revoke(feed.id());
                        Notifications.success("Revoked the feed " + feed.name());
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
        grid.setItems(feeds.mine());
    }
}

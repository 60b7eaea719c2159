package app.throughline.admin.ui;

import app.throughline.admin.AdminService;
import app.throughline.admin.ChannelEntry;
import app.throughline.common.UserProblem;
import app.throughline.ui.Notifications;
import app.throughline.ui.Responsive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The channels: create and edit them (name, kind, colour, longest copy, counting), retire one that
 * is no longer used for new tactics (it stays on the tactics that used it) or restore it, and
 * delete one no tactic uses.
 */
class ChannelsSection extends Composite<Section> {

    private final AdminService admin;
    private final Grid<ChannelEntry> grid = new Grid<>();
    private final Div problem = new Div();

    ChannelsSection(AdminService admin) {
        this.admin = admin;
        grid.addComponentColumn(ChannelsSection::name)
                .setHeader("Channel")
                .setKey("name")
                .setFlexGrow(2);
        var kind = grid.addColumn(c -> c.kind() == null ? "" : c.kind().label())
                .setHeader("Kind")
                .setAutoWidth(true);
        var length = grid.addColumn(c -> c.maxLength() == null ? "no limit" : String.valueOf(c.maxLength()))
                .setHeader("Maximum length")
                .setAutoWidth(true);
        var counting = grid.addColumn(
                        c -> c.counting() == null ? "" : c.counting().label())
                .setHeader("Counting")
                .setAutoWidth(true);
        var tactics = grid.addColumn(ChannelEntry::tactics)
                .setHeader("Tactics")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.retired() ? "Retired" : "Offered")
                .setHeader("For new tactics")
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader("Change")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("admin-channels");
        Responsive.onWidth(grid, width -> {
            boolean wide = width <= 0 || width >= Responsive.NARROW;
            List.of(kind, length, counting, tactics).forEach(column -> column.setVisible(wide));
        });
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        var create = new Button("New channel", VaadinIcon.PLUS.create(), e -> edit(ChannelEntry.blank()));
        var section = getContent();
        section.setWidthFull();
        section.add(
                new H2("Channels"),
                new Paragraph("Where tactics go out. A channel tactics use is retired rather than deleted: it stays "
                        + "on those tactics, in the calendar and the figures, and is no longer offered for new ones."),
                new HorizontalLayout(create),
                problem,
                grid);
        refresh();
    }

    private static Component name(ChannelEntry channel) {
        var swatch = new Span();
        swatch.addClassName("legend-swatch");
        // the colour is a validated #rrggbb from the database, never free text
        swatch.getStyle().setBackgroundColor(channel.colour());
        swatch.getElement().setAttribute("aria-hidden", "true");
        var cell = new Span(swatch, new Span(channel.name()));
        cell.addClassName("legend-chip");
        cell.getElement().setAttribute("title", channel.colour());
        return cell;
    }

    private Component actions(ChannelEntry channel) {
        var edit = new Button("Edit", e -> edit(channel));
        edit.getElement().setAttribute("aria-label", "Edit “" + channel.name() + "”");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var retire = channel.retired()
                ? new Button("Restore", e -> retire(channel, false))
                : new Button("Retire", e -> retire(channel, true));
        retire.getElement()
                .setAttribute("aria-label", (channel.retired() ? "Restore “" : "Retire “") + channel.name() + "”");
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var delete = new Button("Delete", e -> confirmDelete(channel));
        delete.getElement().setAttribute("aria-label", "Delete “" + channel.name() + "”");
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, retire, delete);
    }

    private void edit(ChannelEntry channel) {
        problem.setVisible(false);
        new ChannelDialog(channel, admin::saveChannel, saved -> refresh()).open();
    }

    private void retire(ChannelEntry channel, boolean retire) {
        problem.setVisible(false);
        try {
            long id = id(channel);
            if (retire) {
                admin.retireChannel(id, channel.version());
                Notifications.success("Retired “" + channel.name() + "”: no longer offered for new tactics");
            } else {
                admin.restoreChannel(id, channel.version());
                Notifications.success("Restored “" + channel.name() + "”: offered for new tactics again");
            }
        } catch (RuntimeException refused) {
            showProblem(channel, retire ? "was not retired. " : "was not restored. ", refused);
        }
        refresh();
    }

    private void confirmDelete(ChannelEntry channel) {
        problem.setVisible(false);
        var confirm = new ConfirmDialog();
        confirm.setHeader("Delete the channel “" + channel.name() + "”?");
        confirm.setText("It is gone for good; the audit keeps a record of it.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete(channel));
        confirm.open();
    }

    private void delete(ChannelEntry channel) {
        try {
            admin.deleteChannel(id(channel), channel.version());
            Notifications.success("Deleted channel “" + channel.name() + "”");
        } catch (RuntimeException refused) {
            showProblem(channel, "was not deleted. ", refused);
        }
        refresh();
    }

    private void showProblem(ChannelEntry channel, String what, RuntimeException refused) {
        problem.setText(
                "“" + channel.name() + "” " + what + UserProblem.of(refused).message());
        problem.setVisible(true);
    }

    private static long id(ChannelEntry channel) {
        Long id = channel.id();
        return id == null ? -1 : id;
    }

    /** Reads the channels again. */
    void refresh() {
        grid.setItems(admin.channels());
    }
}

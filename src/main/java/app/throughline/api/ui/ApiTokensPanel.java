package app.throughline.api.ui;

import app.throughline.api.ApiToken;
import app.throughline.api.ApiTokenService;
import app.throughline.api.NewApiToken;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUserProvider;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;

/**
 * The profile's "API tokens": the person's tokens (name, the first characters, created, last
 * used) with Revoke, and a field to make a new one, which is shown once in a dialog with a Copy
 * button and never again (docs/api.md).
 */
public class ApiTokensPanel extends VerticalLayout {

    private final ApiTokenService tokens;
    private final ZoneId zone;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField name = new TextField("Name of a new token");
    private final Paragraph none = new Paragraph("You have no API tokens.");

    public ApiTokensPanel(ApiTokenService tokens, CurrentUserProvider currentUser) {
        this.tokens = tokens;
        this.zone = currentUser.get().zone();
        addClassName("api-tokens");
        setPadding(false);
        Formats formats = Formats.current();
        grid.addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> t.hint() + "…").setHeader("Token starts");
        grid.addColumn(t -> formats.dateTime(t.createdAt(), zone)).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : formats.dateTime(t.lastUsedAt(), zone))
                .setHeader("Last used");
        grid.addComponentColumn(this::revokeButton)
                .setHeader("Revoke")
                .setKey("revoke")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", "Your API tokens");
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("60rem");

        name.setHelperText("What it is for, such as \"Publishing tool\"");
        name.setMaxLength(ApiTokenService.NAME_MAX);
        var create = new Button("Create token", e -> create());
        var form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(
                new H2("API tokens"),
                new Paragraph("A token lets a publishing tool or a script use the Throughline API as you, with your "
                        + "roles (docs/api.md). Treat it like a password."),
                none,
                grid,
                form);
        refresh();
    }

    private void refresh() {
        var mine = tokens.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }

    private void create() {
        name.setInvalid(false);
        try {
            NewApiToken made = tokens.create(name.getValue());
            name.clear();
            refresh();
            showOnce(made);
        } catch (ValidationException invalid) {
            name.setErrorMessage(invalid.getMessage());
            name.setInvalid(true);
        } catch (RuntimeException failed) {
            Notifications.problem(UserProblem.of(failed));
        }
    }

    private void showOnce(NewApiToken made) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Your new token “" + made.token().name() + "”");
        var secret = new TextField("Token");
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.addClassName("api-token-secret");
        secret.setWidthFull();
        var copy = new Button("Copy", e -> {
            secret.getElement().executeJs("navigator.clipboard.writeText($0)", made.secret());
            Notifications.info("Copied the token");
        });
        var done = new Button("Done", e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(
                new Paragraph(
                        "Copy it now: this is the only time it is shown. Send it as " + "\"Authorization: Bearer …\"."),
                secret);
        dialog.getFooter().add(copy, done);
        dialog.setWidth("40rem");
        dialog.open();
    }

    private Button revokeButton(ApiToken token) {
        var revoke = new Button("Revoke", e -> {
            var confirm = new ConfirmDialog(
                    "Revoke “" + token.name() + "”?",
                    "Requests with this token are refused from now on. This cannot be undone.",
                    "Revoke",
                    ok -> revoke(token));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel("Revoke " + token.name());
        return revoke;
    }

    private void revoke(ApiToken token) {
        try {
            tokens.revoke(token.id());
            Notifications.success("Revoked “" + token.name() + "”");
        } catch (RuntimeException failed) {
            Notifications.problem(UserProblem.of(failed));
        }
        refresh();
    }
}

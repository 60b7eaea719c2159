package app.throughline.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.api.ApiTokenService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile's API tokens: a new token is shown once, then only its name and first characters; revoke asks first. */
class ApiTokensPanelTest extends ViewTestBase {

    @Autowired
    ApiTokenService tokens;

    CurrentUser me;

    @BeforeEach
    void setUp() {
        me = data.person("me", Role.EXECUTIVE);
        signIn(me);
        open("profile");
    }

    @Test
    void aNewTokenIsShownOnceWithCopyAndThenListedWithoutIt() {
        _get(ApiTokensPanel.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of a new token")), "Publishing tool");
        _click(_get(Button.class, spec -> spec.withText("Create token")));

        var dialog = _get(Dialog.class);
        String secret =
                _get(dialog, TextField.class, spec -> spec.withLabel("Token")).getValue();
        assertThat(secret).startsWith("tl_").hasSize(46);
        _get(dialog, Button.class, spec -> spec.withText("Copy"));
        assertThat(tokens.mine()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Publishing tool");
            assertThat(secret).startsWith(t.hint());
        });
        _click(_get(dialog, Button.class, spec -> spec.withText("Done")));
        assertThat(_find(Dialog.class)).isEmpty();

        @SuppressWarnings("unchecked")
        Grid<app.throughline.api.ApiToken> grid = _get(_get(ApiTokensPanel.class), Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("Publishing tool", "never")
                .doesNotContain(secret);
    }

    @Test
    void aBlankNameIsSaidNextToTheField() {
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        var name = _get(TextField.class, spec -> spec.withLabel("Name of a new token"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name is required");
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void revokeAsksFirstThenTheTokenIsGone() {
        tokens.create("Old script");
        open("profile");
        @SuppressWarnings("unchecked")
        Grid<app.throughline.api.ApiToken> grid = _get(_get(ApiTokensPanel.class), Grid.class);
        _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Revoked “Old script”");
        assertThat(tokens.mine()).isEmpty();
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.isVisible()).isFalse();
    }
}

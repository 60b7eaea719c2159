package app.throughline.policy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.policy.PolicyItem;
import app.throughline.policy.SocialPolicyService;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.testing.ViewTestBase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PolicyAdminViewTest extends ViewTestBase {

    @Autowired
    SocialPolicyService policy;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = data.person("ada", Role.ADMIN);
    }

    @Test
    void anAdminSeesTheChecklistInOrderAndEditsAnItem() {
        signIn(admin);
        open("admin/policy");
        List<PolicyItem> before = policy.allItems();
        assertThat(field(1).getValue()).isEqualTo(before.get(0).text());
        assertThat(field(2).getValue()).isEqualTo(before.get(1).text());

        _setValue(field(1), "I say who I am, and that I work here");
        _click(rowButton(1, "Save"));

        assertThat(policy.allItems().getFirst().text()).isEqualTo("I say who I am, and that I work here");
        assertThat(field(1).getValue()).isEqualTo("I say who I am, and that I work here");
    }

    @Test
    void anEmptyOrOverlongItemIsRefusedNextToTheField() {
        signIn(admin);
        open("admin/policy");
        String stored = policy.allItems().getFirst().text();

        _setValue(field(1), "x".repeat(301));
        assertThat(field(1).getHelperText()).isEqualTo("301 / 300 characters");
        assertThat(field(1).isInvalid()).isTrue();

        _setValue(field(1), "  ");
        _click(rowButton(1, "Save"));
        assertThat(field(1).isInvalid()).isTrue();
        assertThat(field(1).getErrorMessage()).isEqualTo("The item is required");
        assertThat(policy.allItems().getFirst().text()).isEqualTo(stored);
    }

    @Test
    void anAdminAddsAnItemAtTheEnd() {
        signIn(admin);
        open("admin/policy");
        int count = policy.allItems().size();

        TextField newItem = _get(TextField.class, spec -> spec.withLabel("New item"));
        _click(_get(Button.class, spec -> spec.withText("Add item")));
        assertThat(newItem.isInvalid()).isTrue();
        assertThat(newItem.getErrorMessage()).isEqualTo("The item is required");

        _setValue(newItem, "I disclose when I was paid or given something");
        _click(_get(Button.class, spec -> spec.withText("Add item")));

        assertThat(policy.allItems()).hasSize(count + 1);
        assertThat(policy.allItems().getLast().text()).isEqualTo("I disclose when I was paid or given something");
        assertThat(field(count + 1).getValue()).isEqualTo("I disclose when I was paid or given something");
        assertThat(newItem.getValue()).isEmpty();
    }

    @Test
    void anAdminMovesAnItemUpAndDown() {
        signIn(admin);
        open("admin/policy");
        String first = field(1).getValue();
        String second = field(2).getValue();
        assertThat(rowButton(1, "Move item 1 up").isEnabled()).isFalse();

        _click(rowButton(2, "Move item 2 up"));
        assertThat(field(1).getValue()).isEqualTo(second);
        assertThat(field(2).getValue()).isEqualTo(first);
        assertThat(policy.activeItems().get(0).text()).isEqualTo(second);

        _click(rowButton(1, "Move item 1 down"));
        assertThat(policy.activeItems().get(0).text()).isEqualTo(first);
    }

    @Test
    void anAdminRetiresAnItemAndItIsNoLongerAsked() {
        signIn(admin);
        open("admin/policy");
        String retired = field(2).getValue();

        _setValue(_get(row(2), Checkbox.class, spec -> spec.withLabel("Asked of authors")), false);
        _click(rowButton(2, "Save"));

        assertThat(policy.activeItems()).extracting(PolicyItem::text).doesNotContain(retired);
        assertThat(policy.allItems()).extracting(PolicyItem::text).contains(retired);
        assertThat(_get(row(2), Checkbox.class, spec -> spec.withLabel("Asked of authors"))
                        .getValue())
                .isFalse();
    }

    @Test
    void anItemChangedMeanwhileIsNotOverwrittenAndTheAdminIsTold() {
        signIn(admin);
        open("admin/policy");
        PolicyItem first = policy.allItems().getFirst();
        policy.save(new PolicyItem(first.id(), first.position(), "Changed by another admin", true, first.version()));

        _setValue(field(1), "My version");
        _click(rowButton(1, "Save"));

        assertThat(_find(row(1), Div.class).stream().map(Div::getText))
                .anyMatch(text -> text.contains("was changed by someone else"));
        assertThat(field(1).getValue()).as("what was typed stays").isEqualTo("My version");
        assertThat(policy.allItems().getFirst().text()).isEqualTo("Changed by another admin");
    }

    @Test
    void nobodyButAnAdminOpensThePage() {
        for (Role role : List.of(Role.STRATEGIST, Role.MARKETER, Role.COACH, Role.CONTRIBUTOR, Role.EXECUTIVE)) {
            signIn(data.person(role.name().toLowerCase(java.util.Locale.ROOT), role));
            open("admin/policy");
            assertThat(_get(H1.class).getText()).as(role.name()).isEqualTo("You may not open this");
            assertThat(_find(TextField.class)).isEmpty();
        }
    }

    private static TextField field(int number) {
        return _get(TextField.class, spec -> spec.withLabel("Item " + number));
    }

    private static Component row(int number) {
        Component c = field(number);
        while (!(c instanceof PolicyItemRow)) {
            c = c.getParent().orElseThrow();
        }
        return c;
    }

    private static Button rowButton(int number, String textOrLabel) {
        return _get(
                row(number),
                Button.class,
                spec -> spec.withPredicate(b -> textOrLabel.equals(b.getText())
                        || textOrLabel.equals(b.getElement().getAttribute("aria-label"))
                        || (textOrLabel + " " + number).equals(b.getElement().getAttribute("aria-label"))));
    }
}

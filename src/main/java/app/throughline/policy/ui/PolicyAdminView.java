package app.throughline.policy.ui;

import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.policy.PolicyItem;
import app.throughline.policy.SocialPolicyService;
import app.throughline.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The social policy's checklist, kept by an admin: the items an author ticks before a social
 * tactic goes to review, is approved by its owner or is scheduled. Items are retired rather than
 * deleted (ticks given for them stay on record). A small page until the admin area (issue 9).
 */
@Route("admin/policy")
@PageTitle("Social policy · Throughline")
@RolesAllowed("ADMIN")
public class PolicyAdminView extends VerticalLayout {

    private final SocialPolicyService policy;
    private final VerticalLayout items = new VerticalLayout();
    private final TextField newItem = new TextField("New item");

    PolicyAdminView(SocialPolicyService policy) {
        this.policy = policy;
        addClassName("policy-admin-view");
        items.setPadding(false);
        items.addClassName("policy-items");

        PolicyItemRow.counter(newItem);
        newItem.setWidthFull();
        newItem.setValueChangeMode(ValueChangeMode.EAGER);
        newItem.addValueChangeListener(e -> PolicyItemRow.counter(newItem));
        var add = new Button("Add item", VaadinIcon.PLUS.create(), e -> add());
        var adding = new HorizontalLayout(newItem, add);
        adding.setWidthFull();
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setFlexGrow(1, newItem);

        add(
                new H1("Social policy"),
                new Paragraph("The checklist an author ticks before a social post goes to review, is approved by "
                        + "its author or is scheduled. Only the items asked of authors count; a retired item is "
                        + "kept with the ticks given for it, and can be asked again."),
                items,
                new H2("Add an item"),
                adding);
        refresh();
    }

    private void add() {
        try {
            PolicyItem added = policy.add(newItem.getValue());
            newItem.clear();
            newItem.setInvalid(false);
            Notifications.success("Added “" + added.text() + "”");
            refresh();
        } catch (ValidationException invalid) {
            newItem.setErrorMessage(invalid.getMessage());
            newItem.setInvalid(true);
        } catch (RuntimeException refused) {
            Notifications.problem(UserProblem.of(refused));
        }
    }

    /** Reads the list again and shows it, every row with its own form. */
    void refresh() {
        items.removeAll();
        List<PolicyItem> all = policy.allItems();
        if (all.isEmpty()) {
            items.add(new Div("The checklist is empty: social posts need no ticks until an item is added."));
        }
        for (int i = 0; i < all.size(); i++) {
            items.add(new PolicyItemRow(policy, all.get(i), i + 1, i > 0, i < all.size() - 1, this::refresh));
        }
    }
}

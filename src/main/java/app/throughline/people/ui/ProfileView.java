package app.throughline.people.ui;

import app.throughline.api.ApiTokenService;
import app.throughline.api.ui.ApiTokensPanel;
import app.throughline.common.UserProblem;
import app.throughline.common.ValidationException;
import app.throughline.feed.FeedService;
import app.throughline.feed.SiteAddress;
import app.throughline.feed.ui.FeedsSection;
import app.throughline.people.PeopleService;
import app.throughline.people.Profile;
import app.throughline.people.ProfileService;
import app.throughline.security.CurrentUserProvider;
import app.throughline.ui.FieldRules;
import app.throughline.ui.Formats;
import app.throughline.ui.Notifications;
import app.throughline.ui.ViewerLocale;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One's own profile ({@code profile}): display name, expertise topics, time zone and language.
 * Rules show next to their field, the server's too; a change made meanwhile elsewhere (another
 * tab) is refused with a message, not overwritten. Saved, the sign-in and the page's language
 * follow at once.
 */
@Route(ProfileView.PATH)
@PageTitle("Your profile · Throughline")
@PermitAll
public class ProfileView extends VerticalLayout {

    public static final String PATH = "profile";

    private final ProfileService profiles;
    private final Binder<Profile> binder = new Binder<>(Profile.class);
    private final TextField displayName = new TextField("Display name");
    private final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>("Expertise topics");
    private final ComboBox<ZoneId> zone = new ComboBox<>("Time zone");
    private final Select<Locale> locale = new Select<>();
    private final Div problem = new Div();
    private final Map<String, HasValidation> fields;
    private final List<String> knownTopics;
    private Profile shown;

    ProfileView(
            ProfileService profiles,
            PeopleService people,
            ApiTokenService apiTokens,
            CurrentUserProvider currentUser,
            FeedService feeds,
            SiteAddress site) {
        this.profiles = profiles;
        this.shown = profiles.mine();
        this.knownTopics = new ArrayList<>(people.topics());
        this.fields = Map.of("displayName", displayName, "topics", topics, "zone", zone, "locale", locale);
        addClassName("profile-view");
        setWidthFull();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        displayName.setHelperText("How colleagues see you in the calendar and the directory");
        binder.forField(displayName)
                .asRequired("Display name is required")
                .withValidator(FieldRules.maxLength("Display name", Profile.DISPLAY_NAME_MAX))
                .bind("displayName");

        topics.setAllowCustomValue(true);
        topics.setHelperText("What colleagues may ask you about: pick one or type a new one and press Enter (at most "
                + Profile.TOPICS_MAX + ", each up to " + Profile.TOPIC_MAX + " characters)");
        topics.addCustomValueSetListener(e -> addTopic(e.getDetail()));
        binder.forField(topics)
                .withValidator(set -> set.size() <= Profile.TOPICS_MAX, "At most " + Profile.TOPICS_MAX + " topics")
                .withValidator(
                        set -> set.stream().allMatch(t -> t.strip().length() <= Profile.TOPIC_MAX),
                        "A topic can be at most " + Profile.TOPIC_MAX + " characters")
                .withConverter((Set<String> set) -> (List<String>) List.copyOf(set), (List<String> list) ->
                        (Set<String>) new LinkedHashSet<>(list))
                .bind("topics");

        zone.setItems(Profile.zones());
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setHelperText("Dates and times are shown in this zone");
        binder.forField(zone).asRequired("Choose a time zone").bind("zone");

        locale.setLabel("Language and formats");
        locale.setItems(Profile.LOCALES);
        locale.setEmptySelectionAllowed(true);
        locale.setEmptySelectionCaption("Follow my browser");
        LocalDate example = LocalDate.of(2026, 12, 3);
        locale.setItemLabelGenerator(l -> l == null
                ? "Follow my browser"
                : l.getDisplayName(l) + " · " + Formats.of(l).date(example));
        locale.setHelperText("How dates and numbers are written for you");
        binder.forField(locale).bind("locale");

        for (String carried : List.of("personId", "login", "version")) {
            binder.forField(new ReadOnlyHasValue<@Nullable Object>(value -> {})).bind(carried);
        }

        var form = new FormLayout(displayName, topics, zone, locale);
        form.setMaxWidth("44rem");
        var save = new Button("Save", e -> {
            save();
            e.getSource().setEnabled(true);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        var links = new HorizontalLayout(
                new RouterLink("Change your password", PasswordView.class),
                new RouterLink("Your page in the directory", PersonView.class, PersonView.of(shown.login())));
        links.setWrap(true);
        add(new H1("Your profile"), new Paragraph("Signed in as " + shown.login()), problem, form, save, links);
        add(new FeedsSection(feeds, site));
        read(shown);
        add(new ApiTokensPanel(apiTokens, currentUser)); // issue 10: personal API tokens (docs/api.md)
    }

    private void read(Profile profile) {
        shown = profile;
        var items = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        items.addAll(knownTopics);
        items.addAll(profile.topics());
        topics.setItems(new ArrayList<>(items));
        binder.readRecord(profile);
    }

    private void addTopic(String typed) {
        String topic = typed.strip();
        if (topic.isEmpty()) {
            return;
        }
        if (knownTopics.stream().noneMatch(topic::equalsIgnoreCase)) {
            knownTopics.add(topic);
        }
        var chosen = new LinkedHashSet<>(topics.getValue());
        var items = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        items.addAll(knownTopics);
        items.addAll(chosen);
        topics.setItems(new ArrayList<>(items));
        String spelled =
                items.stream().filter(topic::equalsIgnoreCase).findFirst().orElse(topic);
        chosen.add(spelled);
        topics.setValue(chosen);
    }

    private void save() {
        problem.setVisible(false);
        try {
            Profile edited;
            try {
                edited = binder.writeRecord();
            } catch (com.vaadin.flow.data.binder.ValidationException invalid) {
                return; // each message shows next to its field
            }
            Profile saved = profiles.save(edited);
            read(saved);
            ViewerLocale.apply(UI.getCurrent(), saved.locale());
            Notifications.success("Saved your profile");
        } catch (ValidationException invalid) {
            HasValidation field = invalid.field() == null ? null : fields.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
            } else {
                showProblem(invalid.getMessage());
            }
        } catch (RuntimeException failed) {
            showProblem(UserProblem.of(failed).message());
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}

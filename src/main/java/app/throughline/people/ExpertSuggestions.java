package app.throughline.people;

import static app.throughline.db.Tables.DEPARTMENT;
import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_TOPIC;

import app.throughline.security.CurrentUserProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Find an expert": given a text (a tactic's title and copy, an insight), the people to ask. A
 * person is suggested when one of their topics occurs in the text as whole words, in any case; a
 * topic of several words must occur as that phrase ("customer service" is found in "Our customer
 * service team", not in "service to the customer"). The most matching topics first, then by name;
 * at most {@value #LIMIT}; never the signed-in person, nor a disabled one. Each suggestion says
 * why (docs/design-decisions/DD014-people-directory.md).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@peoplePolicy.mayUse()")
public class ExpertSuggestions {

    /** The most people suggested for one text. */
    public static final int LIMIT = 5;

    /** Anything that is not a letter or a digit separates words. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final DSLContext db;
    private final CurrentUserProvider currentUser;

    ExpertSuggestions(DSLContext db, CurrentUserProvider currentUser) {
        this.db = db;
        this.currentUser = currentUser;
    }

    /** Up to {@value #LIMIT} people whose topics occur in {@code text}, with why. */
    public List<Expert> suggest(@Nullable String text) {
        String words = words(text);
        if (words.isBlank()) {
            return List.of();
        }
        long me = currentUser.get().personId();
        var rows = db.select(PERSON.LOGIN, PERSON.DISPLAY_NAME, DEPARTMENT.NAME, PERSON_TOPIC.TOPIC)
                .from(PERSON_TOPIC)
                .join(PERSON)
                .on(PERSON.PERSON_ID.eq(PERSON_TOPIC.PERSON_ID))
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.DEPARTMENT_ID.eq(PERSON.DEPARTMENT_ID))
                .where(PERSON.ENABLED.isTrue())
                .and(PERSON.PERSON_ID.ne(me))
                .fetch();
        record Who(
                String login, String displayName, @Nullable String department) {}
        Map<Who, TreeSet<String>> found = new LinkedHashMap<>();
        for (var row : rows) {
            if (occurs(row.value4(), words)) {
                found.computeIfAbsent(
                                new Who(row.value1(), row.value2(), row.value3()),
                                who -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                        .add(row.value4());
            }
        }
        var experts = new ArrayList<Expert>();
        found.forEach((who, topics) ->
                experts.add(new Expert(who.login(), who.displayName(), who.department(), List.copyOf(topics))));
        experts.sort(Comparator.comparingInt((Expert e) -> -e.topics().size())
                .thenComparing(Expert::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Expert::login));
        return experts.size() > LIMIT ? List.copyOf(experts.subList(0, LIMIT)) : List.copyOf(experts);
    }

    /** Whether {@code topic} occurs in {@code words} (from {@link #words}) as whole words. */
    static boolean occurs(String topic, String words) {
        String phrase = words(topic);
        return !phrase.isBlank() && words.contains(phrase);
    }

    /** The text in lower case, its words separated by single spaces, with a space at each end. */
    static String words(@Nullable String text) {
        if (text == null) {
            return " ";
        }
        String joined = SEPARATORS
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        return " " + joined + " ";
    }
}

package app.throughline.people;

import static app.throughline.db.Tables.PERSON;
import static app.throughline.db.Tables.PERSON_TOPIC;

import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.SignInRefresh;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own profile (display name, topics, time zone, locale) and password. Everyone changes
 * only their own. After a change the sign-in is refreshed ({@link SignInRefresh}), so the session
 * sees the person as they now are. The password change is the one thing a person who must
 * replace an admin-set password may do: it asks only that they are signed in and are that person.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@peoplePolicy.mayUse()")
public class ProfileService {

    /** The shortest password accepted, in characters. */
    public static final int PASSWORD_MIN = 12;

    /** The longest password accepted, in bytes of UTF-8: bcrypt ignores what comes after. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private final DSLContext db;
    private final PeoplePolicy policy;
    private final PasswordEncoder passwords;
    private final SignInRefresh signIn;

    ProfileService(DSLContext db, PeoplePolicy policy, PasswordEncoder passwords, SignInRefresh signIn) {
        this.db = db;
        this.policy = policy;
        this.passwords = passwords;
        this.signIn = signIn;
    }

    /** The signed-in person's profile. */
    public Profile mine() {
        return read(policy.signedIn().personId());
    }

    /**
     * Saves the signed-in person's profile ({@code profile.version()} is what they read). Topics are
     * trimmed, blank ones dropped, repeats (in any case) kept once. The sign-in is refreshed.
     */
    @Transactional
    @PreAuthorize("@peoplePolicy.mayUse()")
    public Profile save(Profile profile) {
        policy.requireSelf(profile.personId(), "You can change only your own profile.");
        String name = Check.required("displayName", "Display name", profile.displayName(), Profile.DISPLAY_NAME_MAX);
        List<String> topics = topics(profile.topics());
        ZoneId zone = Check.present("zone", "Time zone", profile.zone());
        Locale locale = profile.locale();
        if (locale != null && !Profile.LOCALES.contains(locale)) {
            throw new ValidationException("locale", "Choose one of the languages offered, or follow your browser");
        }
        int updated = db.update(PERSON)
                .set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.TIME_ZONE, zone.getId())
                .set(PERSON.LOCALE, locale == null ? null : locale.toLanguageTag())
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.PERSON_ID.eq(profile.personId()))
                .and(PERSON.VERSION.eq(profile.version()))
                .execute();
        if (updated == 0) {
            throw ConcurrentEditException.changed("Your profile");
        }
        db.deleteFrom(PERSON_TOPIC)
                .where(PERSON_TOPIC.PERSON_ID.eq(profile.personId()))
                .execute();
        for (String topic : topics) {
            db.insertInto(PERSON_TOPIC)
                    .set(PERSON_TOPIC.PERSON_ID, profile.personId())
                    .set(PERSON_TOPIC.TOPIC, topic)
                    .execute();
        }
        signIn.refresh();
        return read(profile.personId());
    }

    /**
     * Replaces the password of {@code personId}, who must be the signed-in person and know their
     * current password. The new one: at least {@value #PASSWORD_MIN} characters, at most
     * {@value #PASSWORD_MAX_BYTES} bytes, not one of the 3,000 most common passwords (in any case),
     * not the current one. Clears "must change the password" and refreshes the sign-in, so a
     * person who had to change it gets their roles back.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CurrentUser changePassword(long personId, String current, String next) {
        policy.requireSelf(personId, "You can change only your own password.");
        String hash = db.select(PERSON.PASSWORD_HASH)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(personId))
                .forUpdate()
                .fetchOptional(Record1::value1)
                .orElseThrow(() -> new NotFoundException("Your account"));
        if (current == null || current.isEmpty() || !passwords.matches(current, hash)) {
            throw new ValidationException("current", "This is not your current password");
        }
        checkNewPassword(next);
        if (next.equals(current)) {
            throw new ValidationException("next", "Choose a password different from the current one");
        }
        db.update(PERSON)
                .set(PERSON.PASSWORD_HASH, passwords.encode(next))
                .set(PERSON.MUST_CHANGE_PASSWORD, false)
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.PERSON_ID.eq(personId))
                .execute();
        return signIn.refresh();
    }

    /** The rules of a new password, each with its own message (for the field "next"). */
    static void checkNewPassword(String next) {
        if (next == null || next.codePointCount(0, next.length()) < PASSWORD_MIN) {
            throw new ValidationException("next", "Use at least " + PASSWORD_MIN + " characters");
        }
        int bytes = next.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > PASSWORD_MAX_BYTES) {
            throw new ValidationException(
                    "next",
                    "This is too long: at most " + PASSWORD_MAX_BYTES + " bytes (this has " + bytes
                            + "; letters such as é or ß take two, emoji four)");
        }
        if (CommonPasswords.contains(next)) {
            throw new ValidationException(
                    "next", "This is one of the 3,000 most common passwords: choose one that is harder to guess");
        }
    }

    private Profile read(long personId) {
        List<String> topics = db.select(PERSON_TOPIC.TOPIC)
                .from(PERSON_TOPIC)
                .where(PERSON_TOPIC.PERSON_ID.eq(personId))
                .orderBy(PERSON_TOPIC.TOPIC)
                .fetch(Record1::value1);
        return db.select(
                        PERSON.PERSON_ID,
                        PERSON.LOGIN,
                        PERSON.DISPLAY_NAME,
                        PERSON.TIME_ZONE,
                        PERSON.LOCALE,
                        PERSON.VERSION)
                .from(PERSON)
                .where(PERSON.PERSON_ID.eq(personId))
                .fetchOptional(r -> new Profile(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        topics,
                        ZoneId.of(r.value4()),
                        r.value5() == null ? null : Locale.forLanguageTag(r.value5()),
                        r.value6()))
                .orElseThrow(() -> new NotFoundException("Your account"));
    }

    private static List<String> topics(List<String> typed) {
        var seen = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        var topics = new ArrayList<String>();
        for (String raw : typed) {
            String topic = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
            if (topic.isEmpty() || !seen.add(topic)) {
                continue;
            }
            if (topic.length() > Profile.TOPIC_MAX) {
                throw new ValidationException(
                        "topics",
                        "A topic can be at most " + Profile.TOPIC_MAX + " characters: “" + topic + "” has "
                                + topic.length());
            }
            topics.add(topic);
        }
        if (topics.size() > Profile.TOPICS_MAX) {
            throw new ValidationException(
                    "topics", "At most " + Profile.TOPICS_MAX + " topics; this has " + topics.size());
        }
        return topics;
    }
}

package app.throughline.people;

import org.jspecify.annotations.Nullable;

/**
 * What the directory is narrowed to; every part is optional.
 *
 * @param text part of a name or of a topic (any case)
 * @param topic one topic, exactly (any case)
 * @param trained true: only people who completed the social-policy training; false: only those who did not
 */
public record PeopleFilter(
        @Nullable String text,
        @Nullable Long departmentId,
        @Nullable String topic,
        @Nullable Boolean trained) {

    public static final PeopleFilter ALL = new PeopleFilter(null, null, null, null);
}

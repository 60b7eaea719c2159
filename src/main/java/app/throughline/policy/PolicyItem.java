package app.throughline.policy;

import org.jspecify.annotations.Nullable;

/**
 * One item of the social policy's checklist.
 *
 * @param id null until saved
 * @param position where it stands in the list (lower first)
 * @param active retired items are kept (ticks given for them stay on record) but no longer asked
 */
public record PolicyItem(@Nullable Long id, int position, String text, boolean active, int version) {

    public static final int TEXT_MAX = 300;
}

package app.throughline.listening;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An insight as a person records or edits it; the service checks every part
 * ({@link ListeningService#record}). Values may be missing, as typed.
 *
 * @param heard what was heard, plain text
 * @param channelId where it was heard, when that was one of our channels
 * @param source where it was heard otherwise (a sales call, a trade-show stand), free text
 * @param heardOn the day it was heard
 */
public record InsightDraft(
        @Nullable String heard,
        @Nullable Long channelId,
        @Nullable String source,
        @Nullable LocalDate heardOn,
        @Nullable InsightKind kind) {}

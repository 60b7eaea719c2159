package app.throughline.api;

import app.throughline.calendar.CalendarFilter;
import app.throughline.calendar.CalendarPeriod;
import app.throughline.calendar.CalendarService;
import app.throughline.channel.ChannelKind;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.SubmissionKey;
import app.throughline.common.ValidationException;
import app.throughline.plan.Intent;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tactics}: the tactics of a period with the calendar's filters, paged; one
 * tactic; create; update with optimistic locking. Everything goes through {@link
 * CalendarService} and {@link TacticService}, which check the token's person as they check a
 * signed-in one (docs/roles.md, "API").
 */
@RestController
@RequestMapping(path = "/api/v1/tactics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tactics")
class TacticsApi {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final int IDEMPOTENCY_KEY_MAX = 200;

    private final CalendarService calendar;
    private final TacticService tactics;
    private final CurrentUserProvider currentUser;

    TacticsApi(CalendarService calendar, TacticService tactics, CurrentUserProvider currentUser) {
        this.calendar = calendar;
        this.tactics = tactics;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(
            summary = "The tactics of one period, in start order, a page at a time",
            description = "Give exactly one of month, week or day; the period is read in the token owner's time zone. "
                    + "The filters are the calendar's.")
    public TacticSummaryJson.Page list(
            @Parameter(description = "a calendar month, YYYY-MM") @RequestParam(required = false) @Nullable
                    String month,
            @Parameter(description = "any day of a week (Monday to Sunday), YYYY-MM-DD")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate week,
            @Parameter(description = "one day, YYYY-MM-DD")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate day,
            @RequestParam(required = false) @Nullable Long objectiveId,
            @RequestParam(required = false) @Nullable Long strategyId,
            @RequestParam(required = false) @Nullable Long campaignId,
            @RequestParam(required = false) @Nullable Long channelId,
            @RequestParam(required = false) @Nullable ChannelKind channelKind,
            @RequestParam(required = false) @Nullable Long departmentId,
            @RequestParam(required = false) @Nullable TacticStatus status,
            @RequestParam(required = false) @Nullable Intent intent,
            @RequestParam(required = false) @Nullable Long ownerId,
            @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "tactics a page, 1 to " + MAX_SIZE) @RequestParam(defaultValue = "50") int size) {
        CalendarPeriod period = period(month, week, day);
        if (page < 0) {
            throw new ValidationException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "size must be between 1 and " + MAX_SIZE);
        }
        var filter = new CalendarFilter(
                objectiveId, strategyId, campaignId, channelId, channelKind, departmentId, status, intent, ownerId);
        ZoneId zone = currentUser.get().zone();
        long offset = (long) page * size;
        int total = calendar.count(period, filter);
        var items = offset >= total
                ? List.<TacticSummaryJson>of()
                : calendar.list(period, filter, (int) offset, size).stream()
                        .map(TacticSummaryJson::of)
                        .toList();
        return new TacticSummaryJson.Page(period.from(zone), period.to(zone), zone.getId(), page, size, total, items);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tactic, with its copy and its version")
    public TacticJson get(@PathVariable long id) {
        return TacticJson.of(tactics.tactic(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Plan a new tactic",
            description = "Sent again with the same Idempotency-Key (within a day), it is saved once and the first "
                    + "result is returned.")
    public ResponseEntity<TacticJson> create(
            @RequestBody TacticInput input,
            @Parameter(description = "any text up to 200 characters identifying this create; retries reuse it")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey) {
        CurrentUser me = currentUser.get();
        TacticStatus status = input.status() != null
                ? input.status()
                : input.strategyId() == null && input.campaignId() == null ? TacticStatus.IDEA : TacticStatus.DRAFT;
        long owner = input.ownerId() != null ? input.ownerId() : me.personId();
        Tactic saved = tactics.save(toTactic(null, input, status, owner, null, 0), submission(idempotencyKey));
        return ResponseEntity.created(URI.create("/api/v1/tactics/" + saved.id()))
                .body(TacticJson.of(saved));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a tactic",
            description = "Replaces the tactic's fields with the body's (absent is empty; the status and the owner "
                    + "stay as they are when absent). The body's version must be the tactic's current one, "
                    + "else 409 with currentVersion.")
    public TacticJson update(@PathVariable long id, @RequestBody TacticInput input) {
        if (input.version() == null) {
            throw new ValidationException("version", "version is required: send the version you read");
        }
        Tactic current = tactics.tactic(id);
        TacticStatus status = input.status() != null ? input.status() : current.status();
        long owner = input.ownerId() != null ? input.ownerId() : current.ownerId();
        Tactic changed = toTactic(id, input, status, owner, current.departmentId(), input.version());
        try {
            return TacticJson.of(tactics.save(changed, SubmissionKey.random()));
        } catch (ConcurrentEditException conflict) {
            throw new StaleVersionException(
                    conflict.getMessage(), tactics.tactic(id).version());
        }
    }

    private static Tactic toTactic(
            @Nullable Long id,
            TacticInput in,
            TacticStatus status,
            long ownerId,
            @Nullable Long departmentId,
            int version) {
        return new Tactic(
                id,
                in.strategyId(),
                in.campaignId(),
                in.title() == null ? "" : in.title(),
                in.body(),
                in.channelId(),
                in.scheduledStart(),
                in.scheduledEnd(),
                status,
                ownerId,
                departmentId,
                in.intent(),
                in.interactionMode() == null ? InteractionMode.BROADCAST : in.interactionMode(),
                in.notes(),
                version);
    }

    /**
     * The form key of a create: the client's Idempotency-Key (a UUID as it is, any other text as
     * the name-based UUID of it), or a fresh one.
     */
    static SubmissionKey submission(@Nullable String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return SubmissionKey.random();
        }
        String key = idempotencyKey.strip();
        if (key.length() > IDEMPOTENCY_KEY_MAX) {
            throw new ValidationException(
                    "Idempotency-Key", "Idempotency-Key can be at most " + IDEMPOTENCY_KEY_MAX + " characters");
        }
        try {
            return new SubmissionKey(UUID.fromString(key));
        } catch (IllegalArgumentException notUuid) {
            return new SubmissionKey(UUID.nameUUIDFromBytes(("api:" + key).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static CalendarPeriod period(@Nullable String month, @Nullable LocalDate week, @Nullable LocalDate day) {
        var given = new ArrayList<CalendarPeriod>();
        if (month != null) {
            try {
                given.add(new CalendarPeriod(
                        CalendarPeriod.Layout.LIST, YearMonth.parse(month).atDay(1)));
            } catch (DateTimeParseException notAMonth) {
                throw new ValidationException("month", "month must be a month such as 2027-03");
            }
        }
        if (week != null) {
            given.add(new CalendarPeriod(CalendarPeriod.Layout.WEEK, week));
        }
        if (day != null) {
            given.add(new CalendarPeriod(CalendarPeriod.Layout.DAY, day));
        }
        if (given.size() != 1) {
            throw new ValidationException("month", "Give exactly one period: month, week or day");
        }
        return given.getFirst();
    }
}

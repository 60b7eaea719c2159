package app.throughline.spreadsheet;

import app.throughline.channel.ChannelKind;
import app.throughline.common.ValidationException;
import app.throughline.plan.Intent;
import app.throughline.security.CurrentUser;
import app.throughline.spreadsheet.ImportRepository.ChannelFacts;
import app.throughline.spreadsheet.ImportRepository.ParentFacts;
import app.throughline.spreadsheet.ImportRepository.PersonFacts;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticPolicy;
import app.throughline.tactic.TacticRules;
import app.throughline.tactic.TacticStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns one row's cells into the tactic the composer would save, with the composer's rules
 * ({@link TacticRules}, {@link TacticPolicy}) over facts looked up once per file: every broken
 * rule of the row becomes a {@link RowError}, so the page can list them all.
 */
final class RowChecker {

    private final CurrentUser user;
    private final TacticPolicy policy;
    private final boolean policyActive;
    private final Map<String, ChannelFacts> channels = new HashMap<>();
    private final Map<String, PersonFacts> people = new HashMap<>();
    private final Map<String, List<ParentFacts>> parents = new HashMap<>();

    RowChecker(
            CurrentUser user,
            TacticPolicy policy,
            boolean policyActive,
            List<ChannelFacts> channels,
            List<PersonFacts> people,
            List<ParentFacts> parents) {
        this.user = user;
        this.policy = policy;
        this.policyActive = policyActive;
        for (ChannelFacts c : channels) {
            this.channels.put(key(c.name()), c);
            this.channels.putIfAbsent(Long.toString(c.id()), c);
        }
        for (PersonFacts p : people) {
            this.people.put(key(p.login()), p);
        }
        for (ParentFacts p : parents) {
            this.parents.computeIfAbsent(key(path(p)), k -> new ArrayList<>()).add(p);
            this.parents
                    .computeIfAbsent(
                            key(p.objectiveId() + "›" + p.strategyId()
                                    + (p.campaignId() == null ? "" : "›" + p.campaignId())),
                            k -> new ArrayList<>())
                    .add(p);
        }
    }

    /** The names path the export writes for a parent. */
    static String path(ParentFacts p) {
        return p.objective()
                + CsvFile.PATH_SEPARATOR
                + p.strategy()
                + (p.campaign() == null ? "" : CsvFile.PATH_SEPARATOR + p.campaign());
    }

    /** Case, the separators' spacing and "›" against ">" do not matter when matching. */
    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('>', '›').replaceAll("\\s*›\\s*", "›");
    }

    /** The cells of a row by column; a column the file lacks reads as empty. */
    record Cells(long line, Map<CsvColumn, String> values) {
        String get(CsvColumn column) {
            return values.getOrDefault(column, "").strip();
        }

        @Nullable
        String raw(CsvColumn column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v;
        }
    }

    /** The row's tactic, or null with its reasons added to {@code errors}. */
    @Nullable
    Tactic check(Cells row, List<RowError> errors) {
        int before = errors.size();
        var fail = new Failures(row.line(), errors);

        String title = fail.field(CsvColumn.TITLE, () -> TacticRules.title(row.get(CsvColumn.TITLE)));
        String body = fail.field(CsvColumn.BODY, () -> TacticRules.body(row.raw(CsvColumn.BODY)));

        ChannelFacts channel = fail.field(CsvColumn.CHANNEL, () -> {
            String name = row.get(CsvColumn.CHANNEL);
            if (name.isEmpty()) {
                throw new ValidationException("channelId", "Channel is required");
            }
            ChannelFacts c = channels.get(key(name));
            if (c == null) {
                throw new ValidationException("channelId", "No channel is called “" + name + "”");
            }
            TacticRules.channelOffered(c.name(), c.retired(), true);
            return c;
        });

        ZoneId zone = fail.field(CsvColumn.TIME_ZONE, () -> {
            String z = row.get(CsvColumn.TIME_ZONE);
            try {
                return z.isEmpty() ? user.zone() : ZoneId.of(z);
            } catch (DateTimeException e) {
                throw new ValidationException("zone", "“" + z + "” is not a time zone (use one like Europe/Berlin)");
            }
        });
        Instant start =
                zone == null ? null : fail.field(CsvColumn.START, () -> instant(row.get(CsvColumn.START), zone));
        Instant end = zone == null ? null : fail.field(CsvColumn.END, () -> instant(row.get(CsvColumn.END), zone));

        ParentFacts parent = fail.field(CsvColumn.PARENT, () -> {
            String path = row.get(CsvColumn.PARENT);
            if (path.isEmpty()) {
                return null;
            }
            List<ParentFacts> found = parents.get(key(path));
            if (found == null || found.isEmpty()) {
                throw new ValidationException(
                        "parent",
                        "Nothing in the plan is “" + path
                                + "”: write Objective › Strategy (› Campaign), by names or ids");
            }
            if (found.size() > 1) {
                throw new ValidationException("parent", "“" + path + "” names more than one place: use ids");
            }
            return found.getFirst();
        });

        PersonFacts owner = fail.field(CsvColumn.OWNER, () -> {
            String login = row.get(CsvColumn.OWNER);
            PersonFacts p = people.get(key(login.isEmpty() ? user.login() : login));
            if (p == null) {
                throw new ValidationException("ownerId", "Nobody signs in as “" + login + "”");
            }
            if (!policy.mayAssignTo(user, p.id())) {
                throw new ValidationException("ownerId", "You can only plan tactics as their owner");
            }
            return p;
        });

        TacticStatus status = fail.field(CsvColumn.STATUS, () -> {
            String s = row.get(CsvColumn.STATUS);
            if (s.isEmpty()) {
                return row.get(CsvColumn.PARENT).isEmpty() ? TacticStatus.IDEA : TacticStatus.DRAFT;
            }
            return choice(TacticStatus.class, s, TacticStatus::label, "status");
        });
        Intent intent = fail.field(CsvColumn.INTENT, () -> {
            String s = row.get(CsvColumn.INTENT);
            return s.isEmpty() ? null : choice(Intent.class, s, Intent::label, "intent");
        });
        InteractionMode mode = fail.field(CsvColumn.INTERACTION_MODE, () -> {
            String s = row.get(CsvColumn.INTERACTION_MODE);
            return s.isEmpty()
                    ? InteractionMode.BROADCAST
                    : choice(InteractionMode.class, s, InteractionMode::label, "interactionMode");
        });

        if (errors.size() > before || channel == null || owner == null || status == null || mode == null) {
            return null;
        }
        Long strategyId = parent == null ? null : parent.strategyId();
        Intent chosenIntent =
                intent != null ? intent : parent != null && parent.intent() != null ? parent.intent() : Intent.BRANDING;
        var tactic = new Tactic(
                null,
                strategyId,
                parent == null ? null : parent.campaignId(),
                Objects.requireNonNull(title),
                body,
                channel.id(),
                start,
                end,
                status,
                owner.id(),
                owner.departmentId(),
                chosenIntent,
                mode,
                null,
                0);
        fail.rule(() -> TacticRules.copyFits(channel.name(), channel.maxLength(), channel.counting(), body));
        fail.rule(() -> TacticRules.statusFits(strategyId, status, start));
        fail.rule(() -> TacticRules.duration(start, end));
        fail.rule(() -> {
            Set<TacticStatus> starts = policy.starts(user, tactic);
            if (!starts.contains(status)) {
                throw new ValidationException(
                        "status",
                        "Your role cannot start a tactic as " + status.label().toLowerCase(Locale.ROOT)
                                + " in the composer, so an import cannot either");
            }
            if (policyActive
                    && channel.kind() == ChannelKind.SOCIAL
                    && TacticRules.newNeedsPolicy(status, owner.id() == user.personId())) {
                throw new ValidationException(
                        "status",
                        "A social tactic is " + status.label().toLowerCase(Locale.ROOT)
                                + " only with the social policy ticked in the composer: import it as a draft");
            }
        });
        return errors.size() > before ? null : tactic;
    }

    private static @Nullable Instant instant(String cell, ZoneId zone) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(cell.replace('T', ' '), CsvFile.READ)
                    .atZone(zone)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "“" + cell + "” is not a date and time like 2027-03-04 09:30");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String cell, Function<E, String> label, String field) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(cell.replace(' ', '_'))
                    || label.apply(value).equalsIgnoreCase(cell)) {
                return value;
            }
        }
        var names = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : ", ").append(label.apply(value));
        }
        throw new ValidationException(field, "“" + cell + "” is not one of " + names);
    }

    /** Collects a row's broken rules, each under the column it belongs to. */
    private static final class Failures {
        private final long line;
        private final List<RowError> errors;

        Failures(long line, List<RowError> errors) {
            this.line = line;
            this.errors = errors;
        }

        <T> @Nullable T field(CsvColumn column, java.util.function.Supplier<@Nullable T> read) {
            try {
                return read.get();
            } catch (ValidationException e) {
                errors.add(new RowError(line, column.header(), e.getMessage()));
                return null;
            }
        }

        void rule(Runnable check) {
            try {
                check.run();
            } catch (ValidationException e) {
                errors.add(new RowError(line, column(e.field()).header(), e.getMessage()));
            }
        }

        private static CsvColumn column(@Nullable String field) {
            return switch (field == null ? "" : field) {
                case "title" -> CsvColumn.TITLE;
                case "body" -> CsvColumn.BODY;
                case "channelId" -> CsvColumn.CHANNEL;
                case "scheduledEnd" -> CsvColumn.END;
                case "ownerId" -> CsvColumn.OWNER;
                case "scheduledStart" -> CsvColumn.START;
                default -> CsvColumn.STATUS;
            };
        }
    }

    static Map<CsvColumn, String> emptyCells() {
        return new EnumMap<>(CsvColumn.class);
    }
}

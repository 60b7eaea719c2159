package app.throughline.dashboard.ui;

import static app.throughline.alignment.AlignmentRules.percent;

import app.throughline.alignment.AlignmentFilter;
import app.throughline.alignment.AlignmentReport;
import app.throughline.alignment.AlignmentReport.BucketMix;
import app.throughline.alignment.AlignmentReport.DepartmentMix;
import app.throughline.alignment.AlignmentReport.ObjectiveMix;
import app.throughline.alignment.ReportPeriod;
import app.throughline.channel.ChannelKind;
import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;
import app.throughline.ui.Formats;
import app.throughline.ui.Palette;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Turns a report into the dashboard's charts: ECharts options built as plain maps (no script
 * and no HTML in them: ECharts draws names as text), with the table of the same figures and the
 * meaning of a click. Colours come from {@link Palette}.
 */
final class DashboardCharts {

    static final String SHARE = "share";

    private DashboardCharts() {}

    /** 1. Campaign vs branding per week or month, with the branding share as a line. */
    static ChartSpec intentOverTime(AlignmentReport report) {
        var campaign = new Part<>(Intent.CAMPAIGN, Palette.of(Intent.CAMPAIGN), BucketMix::campaign);
        var branding = new Part<>(Intent.BRANDING, Palette.of(Intent.BRANDING), BucketMix::branding);
        return overTime(
                report,
                "Campaign vs branding",
                "campaign-vs-branding",
                List.of(campaign, branding),
                branding,
                Intent.class,
                Intent::label,
                AlignmentFilter::withIntent);
    }

    /** 2. Channel-kind mix per objective, as stacked horizontal bars. */
    static ChartSpec kindsPerObjective(AlignmentReport report) {
        List<ObjectiveMix> objectives = report.objectives();
        var names = unique(objectives.stream().map(ObjectiveMix::name).toList());
        var series = new ArrayList<Map<String, Object>>();
        var columns = new ArrayList<String>(List.of("Objective"));
        for (ChannelKind kind : ChannelKind.values()) {
            if (objectives.stream().anyMatch(o -> o.byKind().containsKey(kind))) {
                columns.add(kind.label());
                series.add(bar(
                        kind.name(),
                        kind.label(),
                        Palette.of(kind),
                        "kind",
                        objectives.stream()
                                .map(o -> o.byKind().getOrDefault(kind, 0))
                                .toList()));
            }
        }
        var rows = new ArrayList<List<String>>();
        for (ObjectiveMix o : objectives) {
            var row = new ArrayList<String>(List.of(o.name()));
            for (ChannelKind kind : ChannelKind.values()) {
                if (columns.contains(kind.label())) {
                    row.add(String.valueOf(o.byKind().getOrDefault(kind, 0)));
                }
            }
            rows.add(row);
        }
        return new ChartSpec(
                "Channel kinds per objective",
                "channel-kinds-per-objective",
                horizontalOption(names, series),
                columns,
                rows,
                objectives.stream()
                        .map(o -> new Slice(
                                o.name(), report.period(), report.filter().withObjective(o.id())))
                        .toList(),
                (seriesId, category) -> item(objectives, names, category)
                        .flatMap(o -> parse(ChannelKind.class, seriesId)
                                .map(kind -> new Slice(
                                        kind.label() + " · " + o.name(),
                                        report.period(),
                                        report.filter().withObjective(o.id()).withChannelKind(kind)))));
    }

    /** 3. Social tactics per department, the communications team apart. */
    static ChartSpec participation(AlignmentReport report) {
        var departments =
                report.departments().stream().filter(d -> d.social() > 0).toList();
        var names = unique(departments.stream().map(DepartmentMix::name).toList());
        var team = bar(
                "TEAM",
                "Communications team",
                Palette.COMMUNICATIONS_TEAM,
                "who",
                departments.stream()
                        .map(d -> d.communicationsTeam() ? d.social() : 0)
                        .toList());
        var outside = bar(
                "OUTSIDE",
                "Everyone else",
                Palette.OUTSIDE_COMMUNICATIONS,
                "who",
                departments.stream()
                        .map(d -> d.communicationsTeam() ? 0 : d.social())
                        .toList());
        var rows = departments.stream()
                .map(d -> List.of(d.name(), d.communicationsTeam() ? "yes" : "no", String.valueOf(d.social())))
                .toList();
        return new ChartSpec(
                "Who posts on social",
                "social-by-department",
                horizontalOption(names, List.of(team, outside)),
                List.of("Department", "Communications team", "Social tactics"),
                rows,
                departments.stream()
                        .map(d -> new Slice(
                                "Social · " + d.name(),
                                report.period(),
                                report.filter().withDepartment(d.id()).withChannelKind(ChannelKind.SOCIAL)))
                        .toList(),
                (seriesId, category) -> item(departments, names, category)
                        .map(d -> new Slice(
                                "Social · " + d.name(),
                                report.period(),
                                report.filter().withDepartment(d.id()).withChannelKind(ChannelKind.SOCIAL))));
    }

    /** 4a. Conversation vs broadcast per week or month, with the conversation share. */
    static ChartSpec modeOverTime(AlignmentReport report) {
        var conversation = new Part<>(
                InteractionMode.CONVERSATION, Palette.of(InteractionMode.CONVERSATION), BucketMix::conversation);
        var broadcast =
                new Part<>(InteractionMode.BROADCAST, Palette.of(InteractionMode.BROADCAST), BucketMix::broadcast);
        return overTime(
                report,
                "Conversation vs broadcast",
                "conversation-vs-broadcast",
                List.of(conversation, broadcast),
                conversation,
                InteractionMode.class,
                InteractionMode::label,
                AlignmentFilter::withMode);
    }

    /** One stacked part of a chart over time: what it stands for, its colour, its count. */
    private record Part<E extends Enum<E>>(E value, String colour, ToIntFunction<BucketMix> count) {}

    /**
     * Stacked bars per week or month, one per part, with the share of {@code shared} as a line;
     * a click on a part's bar narrows the filter to that part and the period to that bucket.
     */
    private static <E extends Enum<E>> ChartSpec overTime(
            AlignmentReport report,
            String title,
            String fileName,
            List<Part<E>> parts,
            Part<E> shared,
            Class<E> type,
            Function<E, String> label,
            BiFunction<AlignmentFilter, E, AlignmentFilter> narrow) {
        List<BucketMix> buckets = report.overTime();
        var labels = buckets.stream().map(b -> label(report, b.bucket())).toList();
        var series = new ArrayList<Map<String, Object>>();
        for (var part : parts) {
            series.add(bar(
                    part.value().name(),
                    label.apply(part.value()),
                    part.colour(),
                    type.getSimpleName(),
                    buckets.stream().map(b -> part.count().applyAsInt(b)).toList()));
        }
        String shareName = label.apply(shared.value()) + " share";
        series.add(shareLine(
                shareName,
                buckets.stream()
                        .map(b -> percent(shared.count().applyAsInt(b), b.total()))
                        .toList()));
        var columns = new ArrayList<String>(List.of(report.period().inWeeks() ? "Week of" : "Month"));
        parts.forEach(part -> columns.add(label.apply(part.value())));
        columns.add(shareName);
        var rows = new ArrayList<List<String>>();
        for (BucketMix b : buckets) {
            var row = new ArrayList<String>(List.of(label(report, b.bucket())));
            parts.forEach(part -> row.add(String.valueOf(part.count().applyAsInt(b))));
            row.add(percent(shared.count().applyAsInt(b), b.total()) + " %");
            rows.add(row);
        }
        var rowSlices = buckets.stream()
                .map(b -> new Slice(
                        label(report, b.bucket()),
                        ReportPeriod.custom(b.bucket().first(), b.bucket().last()),
                        report.filter()))
                .toList();
        return new ChartSpec(
                title,
                fileName,
                overTimeOption(labels, series),
                columns,
                rows,
                rowSlices,
                (seriesId, category) -> bucket(report, category)
                        .flatMap(b -> parse(type, seriesId)
                                .map(value -> new Slice(
                                        label.apply(value) + " · " + label(report, b),
                                        ReportPeriod.custom(b.first(), b.last()),
                                        narrow.apply(report.filter(), value)))));
    }

    /** 4b. Conversation vs broadcast per department. */
    static ChartSpec modePerDepartment(AlignmentReport report) {
        return modePer(
                report,
                "Department",
                "department",
                report.departments().stream()
                        .map(d -> new Share(
                                d.name(),
                                d.conversation(),
                                d.total(),
                                report.filter().withDepartment(d.id())))
                        .toList());
    }

    /** 4c. Conversation vs broadcast per objective. */
    static ChartSpec modePerObjective(AlignmentReport report) {
        return modePer(
                report,
                "Objective",
                "objective",
                report.objectives().stream()
                        .map(o -> new Share(
                                o.name(),
                                o.conversation(),
                                o.total(),
                                report.filter().withObjective(o.id())))
                        .toList());
    }

    /** A row of a conversation chart: its name, conversations, all tactics, and its tactics. */
    private record Share(String name, int conversation, int total, AlignmentFilter filter) {}

    private static ChartSpec modePer(AlignmentReport report, String what, String fileWhat, List<Share> shares) {
        var names = unique(shares.stream().map(Share::name).toList());
        var conversation = bar(
                InteractionMode.CONVERSATION.name(),
                InteractionMode.CONVERSATION.label(),
                Palette.of(InteractionMode.CONVERSATION),
                "mode",
                shares.stream().map(Share::conversation).toList());
        var broadcast = bar(
                InteractionMode.BROADCAST.name(),
                InteractionMode.BROADCAST.label(),
                Palette.of(InteractionMode.BROADCAST),
                "mode",
                shares.stream().map(x -> x.total() - x.conversation()).toList());
        var rows = shares.stream()
                .map(x -> List.of(
                        x.name(),
                        String.valueOf(x.conversation()),
                        String.valueOf(x.total() - x.conversation()),
                        percent(x.conversation(), x.total()) + " %"))
                .toList();
        return new ChartSpec(
                "Conversation by " + what.toLowerCase(java.util.Locale.ROOT),
                "conversation-by-" + fileWhat,
                horizontalOption(names, List.of(conversation, broadcast)),
                List.of(what, "Conversation", "Broadcast", "Conversation share"),
                rows,
                shares.stream()
                        .map(x -> new Slice(x.name(), report.period(), x.filter()))
                        .toList(),
                (seriesId, category) -> item(shares, names, category)
                        .flatMap(x -> parse(InteractionMode.class, seriesId)
                                .map(mode -> new Slice(
                                        mode.label() + " · " + x.name(),
                                        report.period(),
                                        x.filter().withMode(mode)))));
    }

    /**
     * The labels of a category axis, made unique ("Grow awareness", "Grow awareness (2)"): a click
     * names its bar by label, and two objectives may share a name.
     */
    static List<String> unique(List<String> names) {
        var labels = new ArrayList<String>();
        for (String name : names) {
            String label = name;
            for (int n = 2; labels.contains(label); n++) {
                label = name + " (" + n + ")";
            }
            labels.add(label);
        }
        return labels;
    }

    /** The item whose (unique) label was clicked. */
    private static <T> Optional<T> item(List<T> items, List<String> labels, String label) {
        int index = labels.indexOf(label);
        return index < 0 ? Optional.empty() : Optional.of(items.get(index));
    }

    private static Optional<ReportPeriod.Bucket> bucket(AlignmentReport report, String label) {
        return report.overTime().stream()
                .map(BucketMix::bucket)
                .filter(b -> label(report, b).equals(label))
                .findFirst();
    }

    /** A bar's label in the viewer's locale; a click on the bar is found again by it. */
    private static String label(AlignmentReport report, ReportPeriod.Bucket bucket) {
        return report.period().label(bucket, Formats.current().locale());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> bar(String id, String name, String colour, String stack, List<Integer> data) {
        var s = new LinkedHashMap<String, Object>();
        s.put("id", id);
        s.put("name", name);
        s.put("type", "bar");
        s.put("stack", stack);
        s.put("data", data);
        s.put("itemStyle", Map.of("color", colour));
        s.put("emphasis", Map.of("focus", "series"));
        return s;
    }

    private static Map<String, Object> shareLine(String name, List<Integer> percents) {
        var s = new LinkedHashMap<String, Object>();
        s.put("id", SHARE);
        s.put("name", name);
        s.put("type", "line");
        s.put("yAxisIndex", 1);
        s.put("data", percents);
        s.put("itemStyle", Map.of("color", Palette.SHARE_LINE));
        s.put("lineStyle", Map.of("type", "dashed"));
        s.put("symbolSize", 6);
        return s;
    }

    private static Map<String, Object> overTimeOption(List<String> labels, List<Map<String, Object>> series) {
        var option = base(series);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", labels));
        var counts = Map.<String, Object>of("type", "value", "name", "Tactics", "minInterval", 1);
        option.put(
                "yAxis",
                List.of(
                        counts,
                        Map.of(
                                "type",
                                "value",
                                "name",
                                "Share",
                                "min",
                                0,
                                "max",
                                100,
                                "axisLabel",
                                Map.of("formatter", "{value} %"),
                                "splitLine",
                                Map.of("show", false))));
        return option;
    }

    private static Map<String, Object> horizontalOption(List<String> categories, List<Map<String, Object>> series) {
        var option = base(series);
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put(
                "yAxis",
                Map.of("type", "category", "data", categories, "inverse", true, "axisLabel", Map.of("width", 160)));
        return option;
    }

    private static Map<String, Object> base(List<Map<String, Object>> series) {
        var option = new LinkedHashMap<String, Object>();
        option.put("animation", false);
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        option.put("series", series);
        return option;
    }
}

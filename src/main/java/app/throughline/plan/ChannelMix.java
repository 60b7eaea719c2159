package app.throughline.plan;

import app.throughline.channel.ChannelKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How many tactics sit under a node of the plan, per channel kind. Immutable. */
public record ChannelMix(Map<ChannelKind, Integer> counts) {

    public static final ChannelMix EMPTY = new ChannelMix(Map.of());

    public ChannelMix {
        counts = Map.copyOf(counts);
    }

    public static ChannelMix of(ChannelKind kind, int count) {
        return new ChannelMix(Map.of(kind, count));
    }

    public ChannelMix plus(ChannelMix other) {
        var sum = new EnumMap<ChannelKind, Integer>(ChannelKind.class);
        sum.putAll(counts);
        other.counts.forEach((kind, n) -> sum.merge(kind, n, Integer::sum));
        return new ChannelMix(sum);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(ChannelKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** "Social 12 · Owned 3 · Event 1", largest first; empty when there are no tactics. */
    public String summary() {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<ChannelKind, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }
}

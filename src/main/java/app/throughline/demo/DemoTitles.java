package app.throughline.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/** Believable tactic titles per channel, filled with a strategy's topics. */
final class DemoTitles {

    private static final Map<String, List<String>> TEMPLATES = Map.ofEntries(
            Map.entry(
                    "X",
                    List.of(
                            "Thread: 3 myths about %s",
                            "Quick poll: how do you handle %s?", "Reply round-up: your questions on %s")),
            Map.entry(
                    "LinkedIn",
                    List.of(
                            "3 signs your %s is off",
                            "Carousel: %s in five charts", "Live Q&A on %s", "Customer story: %s done right")),
            Map.entry(
                    "Instagram",
                    List.of("Reel: behind the scenes of %s", "Story: %s in 15 seconds", "Photo series: %s")),
            Map.entry("Newsletter", List.of("What's new in %s", "Monthly digest: %s")),
            Map.entry("Blog", List.of("A practical guide to %s", "What we learned about %s")),
            Map.entry("Press release", List.of("New study on %s", "%s announcement")),
            Map.entry("Webinar", List.of("Mastering %s", "Office hours: %s")),
            Map.entry("Trade show", List.of("Booth at the %s expo", "Talk on %s at the trade fair")),
            Map.entry("Search ads", List.of("%s keywords", "Ad test: %s headline")),
            Map.entry("Call-centre script", List.of("%s check-in", "Outbound calls: %s follow-up")),
            Map.entry("Intranet", List.of("Team news on %s", "All-hands recap: %s")));

    private DemoTitles() {}

    static String title(Random random, String channel, List<String> topics) {
        List<String> templates = Objects.requireNonNull(TEMPLATES.get(channel), channel);
        String topic = topics.get(random.nextInt(topics.size()));
        String title = templates.get(random.nextInt(templates.size())).formatted(topic);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}

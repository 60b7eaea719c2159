package app.throughline.demo;

import app.throughline.channel.ChannelKind;
import app.throughline.channel.CopyCounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo company's channels: every kind, social among them rather than apart. X counts a
 * post's length its own way (emoji and links weigh differently), every other channel counts what
 * a reader sees.
 */
record DemoChannel(
        long id,
        String name,
        ChannelKind kind,
        String colour,
        @Nullable Integer maxLength,
        CopyCounting counting) {

    static final List<DemoChannel> ALL = List.of(
            new DemoChannel(0, "X", ChannelKind.SOCIAL, "#14171a", 280, CopyCounting.X_WEIGHTED),
            new DemoChannel(0, "LinkedIn", ChannelKind.SOCIAL, "#0a66c2", 3000, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Instagram", ChannelKind.SOCIAL, "#c13584", 2200, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Newsletter", ChannelKind.OWNED, "#2e7d32", null, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Blog", ChannelKind.OWNED, "#558b2f", null, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Press release", ChannelKind.EARNED, "#6a1b9a", null, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Webinar", ChannelKind.EVENT, "#ef6c00", null, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Trade show", ChannelKind.EVENT, "#d84315", null, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Search ads", ChannelKind.PAID, "#f9a825", 90, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Call-centre script", ChannelKind.DIRECT, "#00838f", null, CopyCounting.GRAPHEMES),
            new DemoChannel(0, "Intranet", ChannelKind.INTERNAL, "#5d4037", null, CopyCounting.GRAPHEMES));

    DemoChannel withId(long newId) {
        return new DemoChannel(newId, name, kind, colour, maxLength, counting);
    }
}

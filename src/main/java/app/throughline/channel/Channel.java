package app.throughline.channel;

/**
 * Where a tactic goes out: X, LinkedIn, the newsletter, a press release, a trade show...
 *
 * @param maxLength the longest copy the channel takes, or null when it has no limit
 * @param retired no longer offered for new tactics; the tactics that used it keep it
 */
public record Channel(long id, String name, ChannelKind kind, String colour, Integer maxLength, boolean retired) {}

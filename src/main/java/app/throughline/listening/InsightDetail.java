package app.throughline.listening;

import java.util.List;

/** An insight with what it changed: its links, tactics first, each kind oldest link first. */
public record InsightDetail(Insight insight, List<InsightLink> links) {}

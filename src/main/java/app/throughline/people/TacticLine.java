package app.throughline.people;

import app.throughline.tactic.TacticStatus;
import java.time.Instant;

/** One of a person's tactics as their page lists it (a link to the composer). */
public record TacticLine(long id, String title, String channel, TacticStatus status, Instant start) {}

package app.throughline.calendar;

import app.throughline.plan.Intent;
import java.time.LocalDate;

/** A campaign's date range, drawn as a band behind its tactics. {@code endsOn} is inclusive. */
public record CampaignBand(long id, String name, Intent intent, String colour, LocalDate startsOn, LocalDate endsOn) {}

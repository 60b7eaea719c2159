package app.throughline.demo;

import static app.throughline.db.Tables.CAMPAIGN;
import static app.throughline.db.Tables.MARKETING_STRATEGY;
import static app.throughline.db.Tables.SOCIAL_POLICY_ITEM;
import static app.throughline.db.Tables.TACTIC;
import static app.throughline.db.Tables.TACTIC_COMMENT;
import static app.throughline.db.Tables.TACTIC_POLICY_TICK;
import static app.throughline.db.Tables.TACTIC_STATUS_CHANGE;

import app.throughline.plan.Intent;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.TacticStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The coaching story the demo opens on, relative to now: social posts by untrained contributors
 * waiting in review for hours to days, a draft the coach sent back to {@code contributor} with a
 * comment saying what to change, suggestions that change nothing, and posts trained contributors
 * approved or scheduled themselves in the last weeks (the coaches' look back). Each post has real
 * copy, the policy ticks its author gave, and a history that ends in its current status.
 *
 * <p>Written with jOOQ like the rest of the demo (no one is signed in while it loads). {@link
 * DemoRoller} tells it again at each new day, so the waiting times and the look back stay relative
 * to today: the story's posts (found by title and owner) are deleted with their comments, ticks
 * and history and written anew.
 */
final class DemoCoaching {

    /** One status step, {@code ago} before now, by {@code by} (a login). */
    record Step(Duration ago, @Nullable TacticStatus from, TacticStatus to, String by) {}

    /** A comment, {@code ago} before now; a send-back's comment comes with its step. */
    record Note(Duration ago, String by, String body, boolean sentBack) {}

    /**
     * One social post of the story.
     *
     * @param inDays the day it is planned for, counted from today
     * @param steps its status steps, oldest first; the first makes it a draft
     */
    record Story(
            String title,
            String owner,
            String channel,
            String strategy,
            @Nullable String campaign,
            Intent intent,
            InteractionMode mode,
            int inDays,
            LocalTime at,
            String body,
            List<Step> steps,
            List<Note> notes) {

        TacticStatus status() {
            return steps.getLast().to();
        }

        /** The author ticked the social policy with the step that needed it. */
        @Nullable
        Step ticked() {
            return steps.stream()
                    .filter(s -> s.by().equals(owner)
                            && (s.to() == TacticStatus.IN_REVIEW
                                    || s.to() == TacticStatus.APPROVED
                                    || s.to() == TacticStatus.SCHEDULED))
                    .findFirst()
                    .orElse(null);
        }
    }

    static final String COACH = "coach";

    static final List<Story> STORIES = List.of(
            // waiting in review, untrained authors, longest first
            new Story(
                    "Thread: how we test money without losing a cent",
                    "dev.rel",
                    "X",
                    "Let our engineers tell the story",
                    "Tech talks",
                    Intent.BRANDING,
                    InteractionMode.BROADCAST,
                    10,
                    LocalTime.of(16, 0),
                    """
                    How do you test software that moves money? A short thread on what we do at \
                    Northwind Ledger: every amount is a whole number of cents, every booking has a \
                    twin, and a nightly job checks that the books still balance. 1/4""",
                    List.of(
                            draft(days(7).plusHours(3), "dev.rel"),
                            step(days(6).plusHours(1), TacticStatus.DRAFT, TacticStatus.IN_REVIEW, "dev.rel")),
                    List.of(new Note(days(5), COACH, """
                            Good opener, Tomás. A suggestion, no need to wait for it: end the first \
                            post with a question ("How do you test yours?"), engineers love to \
                            answer that one.""", false))),
            new Story(
                    "Graduate engineers: come build the ledger with us",
                    "mia.hr",
                    "LinkedIn",
                    "Show the culture from the inside",
                    "Graduate recruitment drive",
                    Intent.CAMPAIGN,
                    InteractionMode.BROADCAST,
                    22,
                    LocalTime.of(10, 0),
                    """
                    I'm Mia and I look after recruiting at Northwind Ledger. We're opening our \
                    graduate programme for software engineers again, and I'd love to see your \
                    application.

                    What you get: two years, three teams (ledger, payments, reporting), a mentor \
                    from day one and real code in production in your first month.
                    What we look for: curiosity about how money moves, and the habit of asking \
                    "how do we test that?"

                    Applications open on our careers page soon. Questions? Ask me here, I read \
                    every comment.

                    #GraduateJobs #SoftwareEngineering""",
                    List.of(
                            draft(days(4).plusHours(3), "mia.hr"),
                            step(days(3).plusHours(2), TacticStatus.DRAFT, TacticStatus.IN_REVIEW, "mia.hr")),
                    List.of()),
            new Story(
                    "Partner spotlight: month-end close in two days",
                    "dan.sales",
                    "LinkedIn",
                    "Win accounting partners as a referral channel",
                    "Partner spotlight",
                    Intent.BRANDING,
                    InteractionMode.BROADCAST,
                    8,
                    LocalTime.of(9, 0),
                    """
                    How does a six-person accounting firm close the month for 40 clients in two \
                    days?

                    I asked the team at Berger & Partner in Hamburg. Their answer: bank feeds that \
                    reconcile overnight, approval flows their clients actually use, and one shared \
                    checklist instead of forty spreadsheets.

                    I work in sales at Northwind Ledger, and we're proud to have them in our \
                    partner programme. If your firm wants to work this way, send me a message.

                    #Accounting #MonthEndClose""",
                    List.of(
                            draft(days(2), "dan.sales"),
                            step(hours(26), TacticStatus.DRAFT, TacticStatus.IN_REVIEW, "dan.sales")),
                    List.of(new Note(hours(3), COACH, """
                            Nice story, Daniel. One question before I approve: has Berger & Partner \
                            agreed to be named? If yes, say so here and it can go as it is. If not, \
                            "a six-person firm in Hamburg" tells the story just as well.""", false))),
            new Story(
                    "Support tip: reconnect a paused bank feed",
                    "contributor",
                    "X",
                    "Answer customers where they already are",
                    null,
                    Intent.BRANDING,
                    InteractionMode.CONVERSATION,
                    1,
                    LocalTime.of(8, 30),
                    """
                    Month-end tip from the Northwind Ledger support desk: if a bank feed shows \
                    "paused", open Settings > Bank connections and press Reconnect. Your \
                    reconciliation picks up where it stopped. Still stuck? Reply here. – Conor""",
                    List.of(
                            draft(hours(7), "contributor"),
                            step(hours(5), TacticStatus.DRAFT, TacticStatus.IN_REVIEW, "contributor")),
                    List.of()),
            // sent back to the untrained contributor, with what to change
            new Story(
                    "Three things I tell every new customer",
                    "contributor",
                    "LinkedIn",
                    "Make onboarding a conversation, not a manual",
                    "Onboarding office hours",
                    Intent.BRANDING,
                    InteractionMode.BROADCAST,
                    5,
                    LocalTime.of(11, 0),
                    """
                    I'm Conor from the Northwind Ledger support desk. After two years of answering \
                    questions, these are the three things I tell every new customer in their first \
                    week:

                    1. Connect your bank on day one. Everything else gets easier once the feed runs.
                    2. Set up approval flows before the first invoice, not after the tenth.
                    3. Book a slot in our onboarding office hours. Bring your questions, we bring \
                    the coffee.

                    Last week Martina from Keller Logistik told me the office hours saved her team \
                    a whole day. And good news for everyone who approves on the go: mobile \
                    approvals arrive in March.

                    #CustomerSuccess #Onboarding""",
                    List.of(
                            draft(days(4), "contributor"),
                            step(days(3).plusHours(4), TacticStatus.DRAFT, TacticStatus.IN_REVIEW, "contributor"),
                            step(hours(20), TacticStatus.IN_REVIEW, TacticStatus.DRAFT, COACH)),
                    List.of(new Note(hours(20), COACH, """
                            Thanks Conor, this reads warmly and the three tips are spot on. Two \
                            changes before it goes out:
                            1. Please leave out Martina and Keller Logistik: we don't have their \
                            consent to name them. "A customer told me" works just as well.
                            2. Drop the March date for mobile approvals, it isn't public yet. \
                            "Coming soon" is fine.
                            Then send it to review again and I'll approve it straight away.""", true))),
            // trained contributors who approved or scheduled their own posts: the look back
            new Story(
                    "Photo series: our team offsite in the Harz",
                    "hannah.hr",
                    "Instagram",
                    "Show the culture from the inside",
                    "Day in the life",
                    Intent.BRANDING,
                    InteractionMode.BROADCAST,
                    2,
                    LocalTime.of(12, 0),
                    """
                    Two days, one lake, zero laptops. Our team offsite in the Harz mountains: \
                    hikes, a barbecue that went on past sunset, and a planning session on the jetty.

                    Posted by Hannah from the Northwind Ledger people team. We're hiring in \
                    engineering, support and sales: link in bio.

                    #LifeAtNorthwind #TeamOffsite""",
                    List.of(
                            draft(days(5), "hannah.hr"),
                            step(days(4), TacticStatus.DRAFT, TacticStatus.SCHEDULED, "hannah.hr")),
                    List.of(new Note(days(2), COACH, """
                            Lovely series, Hannah. One small thing for next time: add a short \
                            description to each photo (alt text), so everyone can enjoy them. \
                            Nothing to change now.""", false))),
            new Story(
                    "What accounting partners taught us about month-end",
                    "samir.sales",
                    "LinkedIn",
                    "Win accounting partners as a referral channel",
                    null,
                    Intent.BRANDING,
                    InteractionMode.BROADCAST,
                    6,
                    LocalTime.of(9, 30),
                    """
                    I'm Samir, I look after our accounting partners at Northwind Ledger. Over the \
                    last quarter I sat in on month-end with a dozen of them. Three things they all do:

                    - They close in small steps every week instead of one big push.
                    - They let clients approve invoices in the app, not by e-mail.
                    - They keep one checklist for every client.

                    Which step would you add?

                    #Accounting #Partners""",
                    List.of(
                            draft(days(10), "samir.sales"),
                            step(days(9), TacticStatus.DRAFT, TacticStatus.APPROVED, "samir.sales")),
                    List.of()),
            new Story(
                    "Support tip: your VAT report in one click",
                    "care.lead",
                    "X",
                    "Answer customers where they already are",
                    null,
                    Intent.BRANDING,
                    InteractionMode.CONVERSATION,
                    1,
                    LocalTime.of(8, 0),
                    """
                    Support tip: your VAT report is one click away. Reports > VAT > Export gives \
                    you a file your accountant can read straight away. Questions? Reply here, the \
                    Northwind Ledger support team answers within the hour on weekdays. – Aisha""",
                    List.of(
                            draft(days(3), "care.lead"),
                            step(days(2), TacticStatus.DRAFT, TacticStatus.SCHEDULED, "care.lead")),
                    List.of()));

    private final DSLContext db;
    private final Map<String, DemoChannel> channels;
    private final Map<String, DemoPerson> people;
    private final LocalDate today;
    private final Instant now;

    DemoCoaching(
            DSLContext db,
            Map<String, DemoChannel> channels,
            Map<String, DemoPerson> people,
            LocalDate today,
            Instant now) {
        this.db = db;
        this.channels = channels;
        this.people = people;
        this.today = today;
        this.now = now;
    }

    /**
     * Writes the story's posts anew, relative to now (an earlier telling's posts go first); a post
     * whose author, channel or strategy is gone is left out. Says how many it wrote.
     */
    int tell() {
        List<Long> items = db.select(SOCIAL_POLICY_ITEM.SOCIAL_POLICY_ITEM_ID)
                .from(SOCIAL_POLICY_ITEM)
                .where(SOCIAL_POLICY_ITEM.ACTIVE.isTrue())
                .fetch(SOCIAL_POLICY_ITEM.SOCIAL_POLICY_ITEM_ID);
        int told = 0;
        for (var story : STORIES) {
            DemoPerson owner = people.get(story.owner());
            DemoChannel channel = channels.get(story.channel());
            if (owner == null || channel == null) {
                continue;
            }
            db.deleteFrom(TACTIC)
                    .where(TACTIC.TITLE.eq(story.title()))
                    .and(TACTIC.OWNER_ID.eq(owner.id()))
                    .execute();
            Long strategyId = db.select(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                    .from(MARKETING_STRATEGY)
                    .where(MARKETING_STRATEGY.NAME.eq(story.strategy()))
                    .orderBy(MARKETING_STRATEGY.MARKETING_STRATEGY_ID)
                    .limit(1)
                    .fetchOne(MARKETING_STRATEGY.MARKETING_STRATEGY_ID);
            if (strategyId == null || !allKnown(story)) {
                continue;
            }
            Long campaignId = story.campaign() == null
                    ? null
                    : db.select(CAMPAIGN.CAMPAIGN_ID)
                            .from(CAMPAIGN)
                            .where(CAMPAIGN.MARKETING_STRATEGY_ID.eq(strategyId))
                            .and(CAMPAIGN.NAME.eq(story.campaign()))
                            .limit(1)
                            .fetchOne(CAMPAIGN.CAMPAIGN_ID);
            write(story, owner, channel, strategyId, campaignId, items);
            told++;
        }
        return told;
    }

    private boolean allKnown(Story story) {
        return story.steps().stream().allMatch(s -> people.containsKey(s.by()))
                && story.notes().stream().allMatch(n -> people.containsKey(n.by()));
    }

    private void write(
            Story story,
            DemoPerson owner,
            DemoChannel channel,
            long strategyId,
            @Nullable Long campaignId,
            List<Long> policyItems) {
        Step first = story.steps().getFirst();
        Step last = story.steps().getLast();
        Instant start = today.plusDays(story.inDays())
                .atTime(story.at())
                .atZone(DemoOrganisation.ZONE)
                .toInstant();
        long id = db.insertInto(TACTIC)
                .set(TACTIC.MARKETING_STRATEGY_ID, strategyId)
                .set(TACTIC.CAMPAIGN_ID, campaignId)
                .set(TACTIC.TITLE, story.title())
                .set(TACTIC.BODY, story.body())
                .set(TACTIC.CHANNEL_ID, channel.id())
                .set(TACTIC.SCHEDULED_START, start)
                .set(TACTIC.STATUS, story.status())
                .set(TACTIC.OWNER_ID, owner.id())
                .set(TACTIC.DEPARTMENT_ID, owner.departmentId())
                .set(TACTIC.INTENT, story.intent())
                .set(TACTIC.INTERACTION_MODE, story.mode())
                // one version for each step after the first, as the service counts them
                .set(TACTIC.VERSION, story.steps().size() - 1)
                .set(TACTIC.CREATED_BY, owner.id())
                .set(TACTIC.CREATED_AT, now.minus(first.ago()))
                .set(TACTIC.UPDATED_BY, person(last.by()))
                .set(TACTIC.UPDATED_AT, now.minus(last.ago()))
                .set(TACTIC.STATUS_SINCE, now.minus(last.ago()))
                .returningResult(TACTIC.TACTIC_ID)
                .fetchSingle()
                .value1();
        for (var step : story.steps()) {
            db.insertInto(TACTIC_STATUS_CHANGE)
                    .set(TACTIC_STATUS_CHANGE.TACTIC_ID, id)
                    .set(TACTIC_STATUS_CHANGE.FROM_STATUS, step.from())
                    .set(TACTIC_STATUS_CHANGE.TO_STATUS, step.to())
                    .set(TACTIC_STATUS_CHANGE.CHANGED_BY, person(step.by()))
                    .set(TACTIC_STATUS_CHANGE.CHANGED_AT, now.minus(step.ago()))
                    .execute();
        }
        Step ticked = story.ticked();
        if (ticked != null) {
            // given with the step, for the copy as it stood before the step counted a version
            int version = story.steps().indexOf(ticked) - 1;
            for (long item : policyItems) {
                db.insertInto(TACTIC_POLICY_TICK)
                        .set(TACTIC_POLICY_TICK.TACTIC_ID, id)
                        .set(TACTIC_POLICY_TICK.SOCIAL_POLICY_ITEM_ID, item)
                        .set(TACTIC_POLICY_TICK.TACTIC_VERSION, version)
                        .set(TACTIC_POLICY_TICK.TICKED_BY, owner.id())
                        .set(TACTIC_POLICY_TICK.TICKED_AT, now.minus(ticked.ago()))
                        .execute();
            }
        }
        for (var note : story.notes()) {
            db.insertInto(TACTIC_COMMENT)
                    .set(TACTIC_COMMENT.TACTIC_ID, id)
                    .set(TACTIC_COMMENT.AUTHOR_ID, person(note.by()))
                    .set(TACTIC_COMMENT.BODY, note.body())
                    .set(TACTIC_COMMENT.SENT_BACK, note.sentBack())
                    .set(TACTIC_COMMENT.CREATED_AT, now.minus(note.ago()))
                    .execute();
        }
    }

    private long person(String login) {
        return DemoOrganisation.person(people, login).id();
    }

    private static Step draft(Duration ago, String by) {
        return new Step(ago, null, TacticStatus.DRAFT, by);
    }

    private static Step step(Duration ago, TacticStatus from, TacticStatus to, String by) {
        return new Step(ago, from, to, by);
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }
}

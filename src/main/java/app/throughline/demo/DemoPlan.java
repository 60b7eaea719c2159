package app.throughline.demo;

import app.throughline.plan.Intent;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The demo company's plan tree, dated relative to the day the database is first filled
 * ({@code today}). Time-boxed campaigns sit at fixed places around that day; always-on themes,
 * and the tactics straight under a strategy, run on for as long as the demo is used
 * ({@link DemoRoller} tops them up). The plan tells the story the dashboard is for: the
 * campaign work thins out as the months pass while branding carries on, HR's culture strategy
 * is a social silo, the Nordic objective has gone quiet, and HR and Customer Service post on
 * social themselves.
 */
record DemoPlan(LocalDate today) {

    /** How far around today the demo keeps tactics: half a year back and ahead. */
    static final int HORIZON_DAYS = 183;

    record DemoObjective(
            String name,
            String description,
            String owner,
            LocalDate startsOn,
            LocalDate endsOn,
            String kpiMetric,
            String baseline,
            String target,
            String current,
            List<DemoStrategy> strategies) {}

    /**
     * @param channels the channels its tactics use (repeats weight the choice)
     * @param contributors who plans its tactics (logins)
     * @param loosePerMonth tactics a month hanging straight under the strategy, outside any campaign
     * @param stalledAfter when the strategy went quiet (no tactic after that day, none added later); null: active
     */
    record DemoStrategy(
            String name,
            String audience,
            String owner,
            String kpiMetric,
            List<String> channels,
            List<String> contributors,
            List<String> topics,
            double loosePerMonth,
            @Nullable LocalDate stalledAfter,
            List<DemoCampaign> campaigns) {

        boolean active() {
            return stalledAfter == null;
        }
    }

    /** @param perMonth tactics a month while it runs */
    record DemoCampaign(
            String name,
            Intent intent,
            String owner,
            LocalDate startsOn,
            LocalDate endsOn,
            String colour,
            double perMonth) {}

    static final List<String[]> UNALIGNED_IDEAS = List.of(
            new String[] {"TikTok dance challenge for the finance team", "Instagram", "social"},
            new String[] {"Post our office dog every Friday", "X", "contributor"},
            new String[] {"Join the trending #MondayMotivation thread", "LinkedIn", "social"},
            new String[] {"Sponsor a local marathon", "Trade show", "samir.sales"},
            new String[] {"Meme about spreadsheets", "X", "dev.rel"},
            new String[] {"Start a podcast?", "Blog", "ceo"});

    /** The first and last day the demo's tactics cover when it is created. */
    LocalDate firstDay() {
        return today.minusDays(HORIZON_DAYS);
    }

    LocalDate lastDay() {
        return today.plusDays(HORIZON_DAYS);
    }

    List<DemoObjective> objectives() {
        LocalDate fyStart = today.minusMonths(6).withDayOfMonth(1);
        LocalDate fyEnd = fyStart.plusYears(1).minusDays(1);
        return List.of(
                objective(
                        "Grow mid-market revenue 20% in FY" + fyEnd.getYear(),
                        "Win more companies with 50–500 employees and keep their finance teams on our platform.",
                        "ceo",
                        fyStart,
                        fyEnd,
                        "Mid-market ARR (EUR m)",
                        "42.0",
                        "50.4",
                        "44.1",
                        strategy(
                                "Be the trusted voice for CFOs on cash flow",
                                "CFOs of mid-market firms",
                                "strategist",
                                "Qualified pipeline from content (EUR m)",
                                List.of("LinkedIn", "LinkedIn", "X", "Blog", "Newsletter", "Webinar", "Press release"),
                                List.of("strategist", "marketer", "social", "ceo", "pr.lead"),
                                List.of("cash-flow forecasting", "working capital", "late payments", "FX risk"),
                                2,
                                campaign(
                                        quarter(-120) + " cash-flow webinar series",
                                        Intent.CAMPAIGN,
                                        "marketer",
                                        -120,
                                        -30,
                                        "#ef6c00",
                                        10),
                                campaign("Cash-flow Fridays", Intent.BRANDING, "social", "#0a66c2", 6),
                                campaign("CFO Summit Berlin", Intent.CAMPAIGN, "marketer", 20, 50, "#d84315", 8)),
                        strategy(
                                "Win accounting partners as a referral channel",
                                "Accounting firms",
                                "strategist",
                                "Partner-sourced deals",
                                List.of("LinkedIn", "Newsletter", "Webinar", "Trade show", "Search ads"),
                                List.of("samir.sales", "marketer", "social"),
                                List.of("partner programme", "client advisory", "month-end close"),
                                1,
                                campaign(
                                        "Partner programme launch",
                                        Intent.CAMPAIGN,
                                        "samir.sales",
                                        -150,
                                        -60,
                                        "#6a1b9a",
                                        8),
                                campaign("Partner spotlight", Intent.BRANDING, "social", "#8e24aa", 3)),
                        strategy(
                                "Turn trials into paid plans faster",
                                "Trial users",
                                "marketer",
                                "Trial-to-paid conversion (%)",
                                List.of("Search ads", "Newsletter", "Blog", "Call-centre script"),
                                List.of("marketer", "care.lead", "samir.sales"),
                                List.of("first invoice", "bank sync", "approval flows"),
                                2,
                                campaign("Trial-to-paid nurture", Intent.CAMPAIGN, "marketer", -90, 10, "#f9a825", 8))),
                objective(
                        "Cut customer churn below 6%",
                        "Customers who understand the product stay; make every team part of that.",
                        "strategist",
                        fyStart,
                        fyEnd,
                        "Annual churn (%)",
                        "9.5",
                        "6.0",
                        "8.7",
                        strategy(
                                "Make onboarding a conversation, not a manual",
                                "New customers",
                                "strategist",
                                "Customers active after 90 days (%)",
                                List.of("Webinar", "Newsletter", "Call-centre script", "LinkedIn"),
                                List.of("care.lead", "contributor", "paula.product"),
                                List.of("onboarding", "first month", "team set-up"),
                                1,
                                campaign("Onboarding office hours", Intent.BRANDING, "care.lead", "#00838f", 4),
                                campaign(
                                        "New-customer welcome series",
                                        Intent.CAMPAIGN,
                                        "care.lead",
                                        -60,
                                        10,
                                        "#26a69a",
                                        6)),
                        strategy(
                                "Show customers what's new before they ask",
                                "Existing customers",
                                "marketer",
                                "Feature adoption (%)",
                                List.of("Newsletter", "Blog", "X", "LinkedIn", "Webinar"),
                                List.of("paula.product", "marketer", "dev.rel"),
                                List.of("the new release", "reporting", "mobile approvals"),
                                1,
                                campaign(
                                        season(5) + " release tour",
                                        Intent.CAMPAIGN,
                                        "paula.product",
                                        5,
                                        50,
                                        "#3949ab",
                                        8),
                                campaign("Product tips", Intent.BRANDING, "paula.product", "#5c6bc0", 4)),
                        strategy(
                                "Answer customers where they already are",
                                "Customers on social media",
                                "strategist",
                                "Median first response on social (min)",
                                List.of("X", "LinkedIn", "Instagram", "Call-centre script"),
                                List.of("contributor", "care.lead", "social"),
                                List.of("support questions", "outage updates", "billing"),
                                1,
                                campaign("Ask us anything on LinkedIn", Intent.BRANDING, "care.lead", "#0277bd", 6))),
                objective(
                        "Become an employer of choice for finance engineers",
                        "Hire the engineers we need by letting them see who we are.",
                        "hannah.hr",
                        fyStart,
                        fyEnd,
                        "Qualified applicants per opening",
                        "12",
                        "30",
                        "15",
                        strategy(
                                "Let our engineers tell the story",
                                "Software engineers",
                                "strategist",
                                "Engineering blog readers per month",
                                List.of("Blog", "X", "LinkedIn", "Trade show"),
                                List.of("dev.rel", "paula.product", "hannah.hr"),
                                List.of("ledger architecture", "testing money", "on-call"),
                                1,
                                campaign(
                                        "Engineering blog relaunch",
                                        Intent.CAMPAIGN,
                                        "dev.rel",
                                        -100,
                                        -40,
                                        "#558b2f",
                                        6),
                                campaign("Tech talks", Intent.BRANDING, "dev.rel", "#7cb342", 2)),
                        // social alone: the silo the plan warns about
                        strategy(
                                "Show the culture from the inside",
                                "Candidates and employees",
                                "hannah.hr",
                                "Career-page visits from social",
                                List.of("Instagram", "LinkedIn", "Instagram"),
                                List.of("hannah.hr", "social", "ceo"),
                                List.of("a day in the life", "graduate programme", "team offsite"),
                                1,
                                campaign("Day in the life", Intent.BRANDING, "hannah.hr", "#c13584", 3),
                                campaign(
                                        "Graduate recruitment drive",
                                        Intent.CAMPAIGN,
                                        "hannah.hr",
                                        20,
                                        75,
                                        "#ad1457",
                                        3))),
                // running, but nothing planned for weeks: the starved objective
                objective(
                        "Open the Nordic market",
                        "Land the first reference customers in Sweden, Norway and Denmark.",
                        "executive",
                        fyStart,
                        fyEnd,
                        "Nordic customers",
                        "0",
                        "25",
                        "3",
                        new DemoStrategy(
                                "Win the first Nordic reference customers",
                                "Finance leads in the Nordics",
                                "marketer",
                                "Nordic pipeline (EUR m)",
                                List.of("LinkedIn", "Webinar", "Trade show", "Newsletter"),
                                List.of("samir.sales", "marketer"),
                                List.of("Nordic launch", "local payroll", "SEPA and beyond"),
                                1,
                                today.minusDays(40),
                                List.of(campaign(
                                        "Nordic launch roadshow",
                                        Intent.CAMPAIGN,
                                        "samir.sales",
                                        -120,
                                        -45,
                                        "#00695c",
                                        6)))));
    }

    private static DemoObjective objective(
            String name,
            String description,
            String owner,
            LocalDate startsOn,
            LocalDate endsOn,
            String kpiMetric,
            String baseline,
            String target,
            String current,
            DemoStrategy... strategies) {
        return new DemoObjective(
                name, description, owner, startsOn, endsOn, kpiMetric, baseline, target, current, List.of(strategies));
    }

    private static DemoStrategy strategy(
            String name,
            String audience,
            String owner,
            String kpiMetric,
            List<String> channels,
            List<String> contributors,
            List<String> topics,
            double loosePerMonth,
            DemoCampaign... campaigns) {
        return new DemoStrategy(
                name,
                audience,
                owner,
                kpiMetric,
                channels,
                contributors,
                topics,
                loosePerMonth,
                null,
                List.of(campaigns));
    }

    /** A time-boxed campaign from {@code fromDays} to {@code toDays} around today. */
    private DemoCampaign campaign(
            String name, Intent intent, String owner, int fromDays, int toDays, String colour, double perMonth) {
        return new DemoCampaign(
                name, intent, owner, today.plusDays(fromDays), today.plusDays(toDays), colour, perMonth);
    }

    /** An always-on theme, over the whole demo horizon (and beyond, as the demo rolls). */
    private DemoCampaign campaign(String name, Intent intent, String owner, String colour, double perMonth) {
        return new DemoCampaign(name, intent, owner, firstDay(), lastDay(), colour, perMonth);
    }

    /** "Q3" for the quarter {@code days} from today, so a campaign's name fits when it runs. */
    private String quarter(int days) {
        return "Q" + ((today.plusDays(days).getMonthValue() - 1) / 3 + 1);
    }

    /** "Spring", "Summer"... for the season {@code days} from today (northern hemisphere). */
    private String season(int days) {
        Month month = today.plusDays(days).getMonth();
        String season = switch (month) {
            case MARCH, APRIL, MAY -> "spring";
            case JUNE, JULY, AUGUST -> "summer";
            case SEPTEMBER, OCTOBER, NOVEMBER -> "autumn";
            default -> "winter";
        };
        return season.substring(0, 1).toUpperCase(Locale.ROOT) + season.substring(1);
    }
}

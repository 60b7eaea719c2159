package app.throughline.demo;

import app.throughline.plan.Intent;
import java.time.LocalDate;
import java.util.List;

/** The demo company's plan tree, dated relative to the day the database is filled. */
record DemoPlan(LocalDate today) {

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
     * @param loose how many tactics hang directly under the strategy, outside any campaign
     */
    record DemoStrategy(
            String name,
            String audience,
            String owner,
            String kpiMetric,
            List<String> channels,
            List<String> contributors,
            List<String> topics,
            int loose,
            List<DemoCampaign> campaigns) {}

    record DemoCampaign(
            String name, Intent intent, String owner, LocalDate startsOn, LocalDate endsOn, String colour, int count) {}

    static final List<String[]> UNALIGNED_IDEAS = List.of(
            new String[] {"TikTok dance challenge for the finance team", "Instagram", "social"},
            new String[] {"Post our office dog every Friday", "X", "contributor"},
            new String[] {"Join the trending #MondayMotivation thread", "LinkedIn", "social"},
            new String[] {"Sponsor a local marathon", "Trade show", "samir.sales"},
            new String[] {"Meme about spreadsheets", "X", "dev.rel"},
            new String[] {"Start a podcast?", "Blog", "ceo"});

    List<DemoObjective> objectives() {
        LocalDate fyStart = today.minusMonths(4).withDayOfMonth(1);
        LocalDate fyEnd = fyStart.plusYears(1).minusDays(1);
        return List.of(
                new DemoObjective(
                        "Grow mid-market revenue 20% in FY" + fyEnd.getYear(),
                        "Win more companies with 50–500 employees and keep their finance teams on our platform.",
                        "ceo",
                        fyStart,
                        fyEnd,
                        "Mid-market ARR (EUR m)",
                        "42.0",
                        "50.4",
                        "44.1",
                        List.of(
                                new DemoStrategy(
                                        "Be the trusted voice for CFOs on cash flow",
                                        "CFOs of mid-market firms",
                                        "strategist",
                                        "Qualified pipeline from content (EUR m)",
                                        List.of(
                                                "LinkedIn",
                                                "LinkedIn",
                                                "X",
                                                "Blog",
                                                "Newsletter",
                                                "Webinar",
                                                "Press release"),
                                        List.of("strategist", "marketer", "social", "ceo", "pr.lead"),
                                        List.of("cash-flow forecasting", "working capital", "late payments", "FX risk"),
                                        8,
                                        List.of(
                                                campaign(
                                                        "Q2 cash-flow webinar series",
                                                        Intent.CAMPAIGN,
                                                        "marketer",
                                                        -20,
                                                        45,
                                                        "#ef6c00",
                                                        26),
                                                campaign(
                                                        "Cash-flow Fridays",
                                                        Intent.BRANDING,
                                                        "social",
                                                        -90,
                                                        90,
                                                        "#0a66c2",
                                                        36),
                                                campaign(
                                                        "CFO Summit Berlin",
                                                        Intent.CAMPAIGN,
                                                        "marketer",
                                                        30,
                                                        60,
                                                        "#d84315",
                                                        14))),
                                new DemoStrategy(
                                        "Win accounting partners as a referral channel",
                                        "Accounting firms",
                                        "strategist",
                                        "Partner-sourced deals",
                                        List.of("LinkedIn", "Newsletter", "Webinar", "Trade show", "Search ads"),
                                        List.of("samir.sales", "marketer", "social"),
                                        List.of("partner programme", "client advisory", "month-end close"),
                                        4,
                                        List.of(
                                                campaign(
                                                        "Partner programme launch",
                                                        Intent.CAMPAIGN,
                                                        "samir.sales",
                                                        -45,
                                                        10,
                                                        "#6a1b9a",
                                                        18),
                                                campaign(
                                                        "Partner spotlight",
                                                        Intent.BRANDING,
                                                        "social",
                                                        -90,
                                                        90,
                                                        "#8e24aa",
                                                        12))),
                                new DemoStrategy(
                                        "Turn trials into paid plans faster",
                                        "Trial users",
                                        "marketer",
                                        "Trial-to-paid conversion (%)",
                                        List.of("Search ads", "Newsletter", "Blog", "Call-centre script"),
                                        List.of("marketer", "care.lead", "samir.sales"),
                                        List.of("first invoice", "bank sync", "approval flows"),
                                        4,
                                        List.of(campaign(
                                                "Trial-to-paid nurture",
                                                Intent.CAMPAIGN,
                                                "marketer",
                                                -60,
                                                30,
                                                "#f9a825",
                                                22))))),
                new DemoObjective(
                        "Cut customer churn below 6%",
                        "Customers who understand the product stay; make every team part of that.",
                        "strategist",
                        fyStart,
                        fyEnd,
                        "Annual churn (%)",
                        "9.5",
                        "6.0",
                        "8.7",
                        List.of(
                                new DemoStrategy(
                                        "Make onboarding a conversation, not a manual",
                                        "New customers",
                                        "strategist",
                                        "Customers active after 90 days (%)",
                                        List.of("Webinar", "Newsletter", "Call-centre script", "LinkedIn"),
                                        List.of("care.lead", "contributor", "paula.product"),
                                        List.of("onboarding", "first month", "team set-up"),
                                        4,
                                        List.of(
                                                campaign(
                                                        "Onboarding office hours",
                                                        Intent.BRANDING,
                                                        "care.lead",
                                                        -90,
                                                        90,
                                                        "#00838f",
                                                        14),
                                                campaign(
                                                        "New-customer welcome series",
                                                        Intent.CAMPAIGN,
                                                        "care.lead",
                                                        -30,
                                                        40,
                                                        "#26a69a",
                                                        12))),
                                new DemoStrategy(
                                        "Show customers what's new before they ask",
                                        "Existing customers",
                                        "marketer",
                                        "Feature adoption (%)",
                                        List.of("Newsletter", "Blog", "X", "LinkedIn", "Webinar"),
                                        List.of("paula.product", "marketer", "dev.rel"),
                                        List.of("spring release", "reporting", "mobile approvals"),
                                        3,
                                        List.of(
                                                campaign(
                                                        "Spring release tour",
                                                        Intent.CAMPAIGN,
                                                        "paula.product",
                                                        10,
                                                        55,
                                                        "#3949ab",
                                                        16),
                                                campaign(
                                                        "Product tips",
                                                        Intent.BRANDING,
                                                        "paula.product",
                                                        -90,
                                                        90,
                                                        "#5c6bc0",
                                                        18))),
                                new DemoStrategy(
                                        "Answer customers where they already are",
                                        "Customers on social media",
                                        "strategist",
                                        "Median first response on social (min)",
                                        List.of("X", "LinkedIn", "Instagram", "Call-centre script"),
                                        List.of("contributor", "care.lead", "social"),
                                        List.of("support questions", "outage updates", "billing"),
                                        3,
                                        List.of(campaign(
                                                "Ask us anything on LinkedIn",
                                                Intent.BRANDING,
                                                "care.lead",
                                                -90,
                                                90,
                                                "#0277bd",
                                                22))))),
                new DemoObjective(
                        "Become an employer of choice for finance engineers",
                        "Hire the engineers we need by letting them see who we are.",
                        "hannah.hr",
                        fyStart,
                        fyEnd,
                        "Qualified applicants per opening",
                        "12",
                        "30",
                        "15",
                        List.of(
                                new DemoStrategy(
                                        "Let our engineers tell the story",
                                        "Software engineers",
                                        "strategist",
                                        "Engineering blog readers per month",
                                        List.of("Blog", "X", "LinkedIn", "Trade show"),
                                        List.of("dev.rel", "paula.product", "hannah.hr"),
                                        List.of("ledger architecture", "testing money", "on-call"),
                                        3,
                                        List.of(
                                                campaign(
                                                        "Engineering blog relaunch",
                                                        Intent.CAMPAIGN,
                                                        "dev.rel",
                                                        -40,
                                                        20,
                                                        "#558b2f",
                                                        14),
                                                campaign(
                                                        "Tech talks",
                                                        Intent.BRANDING,
                                                        "dev.rel",
                                                        -90,
                                                        90,
                                                        "#7cb342",
                                                        10))),
                                new DemoStrategy(
                                        "Show the culture from the inside",
                                        "Candidates and employees",
                                        "hannah.hr",
                                        "Career-page visits from social",
                                        List.of("Instagram", "LinkedIn", "Intranet"),
                                        List.of("hannah.hr", "social", "ceo"),
                                        List.of("a day in the life", "graduate programme", "team offsite"),
                                        3,
                                        List.of(
                                                campaign(
                                                        "Day in the life",
                                                        Intent.BRANDING,
                                                        "hannah.hr",
                                                        -90,
                                                        90,
                                                        "#c13584",
                                                        12),
                                                campaign(
                                                        "Graduate recruitment drive",
                                                        Intent.CAMPAIGN,
                                                        "hannah.hr",
                                                        20,
                                                        75,
                                                        "#ad1457",
                                                        10))))));
    }

    private DemoCampaign campaign(
            String name, Intent intent, String owner, int fromDays, int toDays, String colour, int count) {
        return new DemoCampaign(name, intent, owner, today.plusDays(fromDays), today.plusDays(toDays), colour, count);
    }
}

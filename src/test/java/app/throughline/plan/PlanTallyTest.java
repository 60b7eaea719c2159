package app.throughline.plan;

import static app.throughline.db.Tables.CHANNEL;
import static app.throughline.db.Tables.TACTIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;

import app.throughline.channel.ChannelKind;
import app.throughline.common.SubmissionKey;
import app.throughline.plan.PlanNode.CampaignNode;
import app.throughline.plan.PlanNode.StrategyNode;
import app.throughline.security.CurrentUser;
import app.throughline.security.Role;
import app.throughline.tactic.InteractionMode;
import app.throughline.tactic.Tactic;
import app.throughline.tactic.TacticService;
import app.throughline.tactic.TacticStatus;
import app.throughline.testing.ServiceTestBase;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan tree's counts come from {@code plan_tally}, kept by triggers: after tactics are
 * created, moved between strategies and campaigns, switched to another channel and deleted,
 * through the services and straight in SQL, every count equals a full recount of the tactics.
 */
class PlanTallyTest extends ServiceTestBase {

    static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired
    PlanService plan;

    @Autowired
    TacticService tactics;

    @Autowired
    DSLContext db;

    @Test
    void theTreeCountsStayExactThroughWritesMovesAndDeletes() {
        CurrentUser marketer = data.person("max", Role.MARKETER);
        signIn(marketer);
        owner = marketer.personId();
        long social = data.channel("X", ChannelKind.SOCIAL);
        long email = data.channel("Mail", ChannelKind.OWNED);
        long objective = data.objective("Grow", marketer.personId());
        long voice = data.strategy(objective, "Voice", marketer.personId());
        long nurture = data.strategy(objective, "Nurture", marketer.personId());
        long spring = data.campaign(voice, "Spring", Intent.CAMPAIGN, marketer.personId());

        var a = save(voice, spring, social, "A");
        var b = save(voice, null, social, "B");
        var c = save(nurture, null, email, "C");
        save(null, null, social, "Idea");
        assertCountsMatchARecount();

        // moved from the campaign to the other strategy
        tactics.save(a.withParent(nurture, null), SubmissionKey.random());
        assertCountsMatchARecount();
        // switched to another channel, outside the services
        db.update(TACTIC)
                .set(TACTIC.CHANNEL_ID, email)
                .where(TACTIC.TACTIC_ID.eq(b.id()))
                .execute();
        assertCountsMatchARecount();
        // unlinked back to an idea, then deleted
        db.update(TACTIC)
                .set(TACTIC.MARKETING_STRATEGY_ID, (Long) null)
                .set(TACTIC.STATUS, TacticStatus.IDEA)
                .set(TACTIC.SCHEDULED_START, (Instant) null)
                .where(TACTIC.TACTIC_ID.eq(c.id()))
                .execute();
        assertCountsMatchARecount();
        tactics.delete(b.id(), tactics.tactic(b.id()).version());
        assertCountsMatchARecount();

        var voiceNode = strategy(voice);
        assertThat(voiceNode.mix().total()).isZero();
        assertThat(strategy(nurture).mix().total()).isEqualTo(1);
    }

    private long owner;

    private Tactic save(Long strategy, Long campaign, long channel, String title) {
        var blank = Tactic.blank(strategy, campaign, channel, strategy == null ? null : MONDAY, owner, null);
        var tactic = new Tactic(
                null,
                strategy,
                campaign,
                title,
                null,
                channel,
                blank.scheduledStart(),
                null,
                blank.status(),
                blank.ownerId(),
                null,
                null,
                InteractionMode.BROADCAST,
                null,
                0);
        return tactics.save(tactic, SubmissionKey.random());
    }

    private StrategyNode strategy(long id) {
        return plan.tree().stream()
                .flatMap(o -> o.strategies().stream())
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Every node's count per channel kind against a GROUP BY over the tactic table itself. */
    private void assertCountsMatchARecount() {
        var recount = new HashMap<String, Integer>();
        db.select(TACTIC.MARKETING_STRATEGY_ID, TACTIC.CAMPAIGN_ID, CHANNEL.KIND, count())
                .from(TACTIC)
                .join(CHANNEL)
                .on(CHANNEL.CHANNEL_ID.eq(TACTIC.CHANNEL_ID))
                .where(TACTIC.MARKETING_STRATEGY_ID.isNotNull())
                .groupBy(TACTIC.MARKETING_STRATEGY_ID, TACTIC.CAMPAIGN_ID, CHANNEL.KIND)
                .forEach(r -> recount.put(key(r.value1(), r.value2(), r.value3()), r.value4()));
        var shown = new HashMap<String, Integer>();
        for (var objective : plan.tree()) {
            for (StrategyNode s : objective.strategies()) {
                put(shown, s.id(), null, s.directMix().counts());
                for (CampaignNode c : s.campaigns()) {
                    put(shown, s.id(), c.id(), c.mix().counts());
                }
            }
        }
        assertThat(shown).isEqualTo(recount);
    }

    private static void put(Map<String, Integer> into, long strategy, Long campaign, Map<ChannelKind, Integer> mix) {
        mix.forEach((kind, n) -> {
            if (n > 0) {
                into.put(key(strategy, campaign, kind), n);
            }
        });
    }

    private static String key(long strategy, Long campaign, ChannelKind kind) {
        return strategy + "/" + campaign + "/" + kind;
    }
}

package app.throughline.policy;

import static app.throughline.db.Tables.SOCIAL_POLICY_ITEM;

import app.throughline.audit.AdminAudit;
import app.throughline.audit.AuditAction;
import app.throughline.audit.AuditKind;
import app.throughline.common.Check;
import app.throughline.common.ConcurrentEditException;
import app.throughline.common.NotFoundException;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social policy's checklist: everyone reads the active items (the composer shows them);
 * only an admin changes them (DESIGN.md: "Social policy (admin-managed)").
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SocialPolicyService {

    private final DSLContext db;
    private final AdminAudit audit;

    SocialPolicyService(DSLContext db, AdminAudit audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The items an author ticks, in order. */
    public List<PolicyItem> activeItems() {
        return select().where(SOCIAL_POLICY_ITEM.ACTIVE.isTrue())
                .orderBy(order())
                .fetch(Records.mapping(PolicyItem::new));
    }

    /** Every item, retired ones included, in order (the admin's page). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PolicyItem> allItems() {
        return select().orderBy(order()).fetch(Records.mapping(PolicyItem::new));
    }

    /** Adds an item at the end of the list. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PolicyItem add(String text) {
        String clean = Check.required("text", "The item", text, PolicyItem.TEXT_MAX);
        var i = SOCIAL_POLICY_ITEM;
        int last = Objects.requireNonNullElse(
                db.select(DSL.max(i.POSITION)).from(i).fetchOne(0, Integer.class), 0);
        long id = db.insertInto(i)
                .set(i.POSITION, last + 1)
                .set(i.TEXT, clean)
                .set(i.ACTIVE, true)
                .returningResult(i.SOCIAL_POLICY_ITEM_ID)
                .fetchSingle()
                .value1();
        PolicyItem added = item(id);
        audit.record(AuditKind.SOCIAL_POLICY, id, AuditAction.CREATE, null, summary(added));
        return added;
    }

    /** Changes an item's text, position or whether it is asked; {@code item.version()} is what the admin saw. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PolicyItem save(PolicyItem item) {
        long id = Check.present("id", "The item", item.id());
        String clean = Check.required("text", "The item", item.text(), PolicyItem.TEXT_MAX);
        PolicyItem before = item(id);
        var i = SOCIAL_POLICY_ITEM;
        int updated = db.update(i)
                .set(i.TEXT, clean)
                .set(i.POSITION, item.position())
                .set(i.ACTIVE, item.active())
                .set(i.VERSION, i.VERSION.plus(1))
                .where(i.SOCIAL_POLICY_ITEM_ID.eq(id).and(i.VERSION.eq(item.version())))
                .execute();
        if (updated != 1) {
            throw ConcurrentEditException.changed("This item");
        }
        PolicyItem after = item(id);
        AuditAction action = before.active() == after.active()
                ? AuditAction.UPDATE
                : after.active() ? AuditAction.RESTORE : AuditAction.RETIRE;
        audit.record(AuditKind.SOCIAL_POLICY, id, action, summary(before), summary(after));
        return after;
    }

    /** The item as the audit shows it: "text=…, position=2, asked=yes". */
    private static String summary(PolicyItem item) {
        return AdminAudit.summary(
                "text", item.text(), "position", item.position(), "asked", item.active() ? "yes" : "no");
    }

    /** Swaps the item with its neighbour above ({@code up}) or below, both checked for concurrent edits. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void move(PolicyItem item, boolean up) {
        List<PolicyItem> all = allItems();
        int at = -1;
        for (int k = 0; k < all.size(); k++) {
            if (Objects.equals(all.get(k).id(), item.id())) {
                at = k;
            }
        }
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= all.size()) {
            return;
        }
        PolicyItem mine = all.get(at);
        PolicyItem theirs = all.get(other);
        if (mine.version() != item.version()) {
            throw ConcurrentEditException.changed("This item");
        }
        save(new PolicyItem(mine.id(), theirs.position(), mine.text(), mine.active(), mine.version()));
        save(new PolicyItem(theirs.id(), mine.position(), theirs.text(), theirs.active(), theirs.version()));
    }

    private PolicyItem item(long id) {
        return select().where(SOCIAL_POLICY_ITEM.SOCIAL_POLICY_ITEM_ID.eq(id))
                .fetchOptional(Records.mapping(PolicyItem::new))
                .orElseThrow(() -> new NotFoundException("This item"));
    }

    private SelectJoinStep<Record5<Long, Integer, String, Boolean, Integer>> select() {
        var i = SOCIAL_POLICY_ITEM;
        return db.select(i.SOCIAL_POLICY_ITEM_ID, i.POSITION, i.TEXT, i.ACTIVE, i.VERSION)
                .from(i);
    }

    private static List<SortField<?>> order() {
        return List.of(SOCIAL_POLICY_ITEM.POSITION.asc(), SOCIAL_POLICY_ITEM.SOCIAL_POLICY_ITEM_ID.asc());
    }
}

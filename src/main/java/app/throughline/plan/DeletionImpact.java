package app.throughline.plan;

import java.util.ArrayList;

/** What goes with a node when it is deleted, so the user can be told before they confirm. */
public record DeletionImpact(String name, int strategies, int campaigns, int tactics) {

    public boolean hasChildren() {
        return strategies + campaigns + tactics > 0;
    }

    /** Whether more would go than {@code announced} said: more strategies, campaigns or tactics. */
    public boolean exceeds(DeletionImpact announced) {
        return strategies > announced.strategies || campaigns > announced.campaigns || tactics > announced.tactics;
    }

    /** "2 strategies, 3 campaigns and 41 tactics", or an empty string. */
    public String describe() {
        var parts = new ArrayList<String>();
        if (strategies > 0) {
            parts.add(strategies + (strategies == 1 ? " strategy" : " strategies"));
        }
        if (campaigns > 0) {
            parts.add(campaigns + (campaigns == 1 ? " campaign" : " campaigns"));
        }
        if (tactics > 0) {
            parts.add(tactics + (tactics == 1 ? " tactic" : " tactics"));
        }
        if (parts.isEmpty()) {
            return "nothing";
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}

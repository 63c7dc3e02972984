package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Who leads a task (牵头): the units the notice marks 牵头 lead; where it marks none, the first named unit
 * that is neither collective nor marked as a partner (配合) leads; a task whose units are all collective
 * has no lead.
 */
final class LeadRule {

    private LeadRule() {
    }

    static List<Responsibility> apply(List<UnitMention> mentions) {
        boolean anyMarked = mentions.stream().anyMatch(UnitMention::markedLead);
        int fallback = -1;
        if (!anyMarked) {
            for (int i = 0; i < mentions.size() && fallback < 0; i++) {
                UnitMention m = mentions.get(i);
                if (!m.markedPartner() && !CollectiveTerms.isCollective(m.name())) {
                    fallback = i;
                }
            }
        }
        List<Responsibility> result = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            UnitMention m = mentions.get(i);
            boolean lead = anyMarked ? m.markedLead() : i == fallback;
            result.add(new Responsibility(m.name(), lead, CollectiveTerms.isCollective(m.name())));
        }
        return result;
    }
}

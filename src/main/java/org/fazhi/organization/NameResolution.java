package org.fazhi.organization;

import java.util.List;

/**
 * What a written name stands for: one unit, a collective term, or nothing known. Resolution never
 * guesses — a name that is not recorded (after {@link NameNormalizer normalisation}) is {@link Unknown},
 * and its suggestions are for a human to choose from, never to be applied automatically.
 */
public sealed interface NameResolution permits NameResolution.Resolved, NameResolution.Collective,
        NameResolution.Unknown {

    /** The name as it was written. */
    String written();

    /** The name is one of a unit's recorded names (full, short or alias). */
    record Resolved(String written, long unitId, String fullName) implements NameResolution {
    }

    /**
     * The name is a collective term (集合称谓).
     *
     * @param term      the term as the registry records it
     * @param expandsTo the active units it stands for now, in registry order; empty for a
     *                  {@link CollectiveScope#DESIGNATED} term, whose units are designated later
     */
    record Collective(String written, String term, CollectiveScope scope, List<Long> expandsTo)
            implements NameResolution {

        public Collective {
            expandsTo = List.copyOf(expandsTo);
        }

        /** True when the units still have to be designated by the coordinating office (市直有关部门). */
        public boolean awaitingDesignation() {
            return scope == CollectiveScope.DESIGNATED;
        }
    }

    /**
     * The name is not recorded.
     *
     * @param suggestions similar recorded names (unit full names or terms), best first, for a human only
     */
    record Unknown(String written, List<String> suggestions) implements NameResolution {

        public Unknown {
            suggestions = List.copyOf(suggestions);
        }
    }
}

package org.fazhi.plan;

import java.util.List;
import org.fazhi.identity.CurrentUser;

/**
 * SPI the progress module implements so that ledger pages and exports can show traffic lights and the
 * 进展情况 column without the plan module depending on progress. When no implementation is present the
 * ledger shows no progress. The marks carry every unit's texts; the ledger hands them out only through the
 * reader's {@link #scope} ({@code LedgerBuilder.marks(plan, reader)}), never as they are.
 */
public interface ProgressLookup {

    /** The marks of every assignment of {@code planId} (any order; pairs without one are left out). */
    List<ProgressMark> marks(long planId);

    /** Whose progress {@code reader} may read — the one rule for pages, exports and the API. */
    ProgressScope scope(CurrentUser reader);
}

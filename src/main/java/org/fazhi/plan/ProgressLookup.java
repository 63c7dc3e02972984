package org.fazhi.plan;

import java.util.List;

/**
 * SPI the progress module implements so that ledger pages and exports can show traffic lights and the
 * 进展情况 column without the plan module depending on progress. When no implementation is present the
 * ledger shows no progress.
 */
public interface ProgressLookup {

    /** The marks of every assignment of {@code planId} (any order; pairs without one are left out). */
    List<ProgressMark> marks(long planId);
}

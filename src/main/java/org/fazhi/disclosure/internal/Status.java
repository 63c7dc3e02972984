package org.fazhi.disclosure.internal;

/** Where a request stands. */
public enum Status {
    /** Received; the reply clock runs. */
    OPEN,
    /** 补正 notice sent; the clock waits for the corrected request (Art. 30). */
    AWAITING_CORRECTION,
    /** Third party consulted; the days do not count (Art. 32). */
    CONSULTING,
    /** Replied or deemed withdrawn. */
    CLOSED,
    /** Registered in error; kept with the reason. */
    VOIDED
}

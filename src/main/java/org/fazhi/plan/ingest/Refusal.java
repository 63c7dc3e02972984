package org.fazhi.plan.ingest;

import java.util.List;

/**
 * The input cannot be turned into a ledger (empty, binary, too large, no tasks, truncated …); nothing
 * may be saved. {@code messageKey} ({@code error.plan.notice.*}) and {@code args} localise the reason;
 * {@code message} is the default zh-CN text; {@code line} is the source line concerned, 0 if none.
 */
public record Refusal(String messageKey, List<String> args, String message, int line) implements ParseResult {

    public Refusal {
        args = List.copyOf(args);
    }
}

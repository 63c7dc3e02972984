package org.fazhi.plan.ingest;

import java.util.List;

/**
 * Something the parser could not place or had to guess, tied to the source line (1-based; 0 = the
 * document as a whole). {@code message} is the default (zh-CN) text; {@code messageKey} and
 * {@code args} let a UI localise it from {@code i18n/plan/messages*.properties}.
 */
public record ParseWarning(int line, String message, String messageKey, List<String> args) {

    public ParseWarning {
        args = List.copyOf(args);
    }
}

package org.fazhi.platform;

import java.util.Arrays;

/**
 * A business rule refused an action. Carries a message key (from the bundles) and its arguments, never
 * literal user-facing text; the web layer shows the localised message.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}

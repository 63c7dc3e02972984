package org.fazhi.calendar;

import java.util.Arrays;
import java.util.List;

/**
 * A calendar rule was broken. Carries a message key ({@code error.calendar.*}) and its arguments;
 * the words shown to a user come from the message bundle, never from this exception.
 */
public class CalendarException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public CalendarException(String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /** The message-bundle key describing the problem. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments for the message. */
    public List<Object> args() {
        return args;
    }
}

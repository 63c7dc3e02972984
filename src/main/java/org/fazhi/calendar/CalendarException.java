package org.fazhi.calendar;

import org.fazhi.platform.DomainException;

/**
 * A calendar rule was broken. Carries a message key ({@code error.calendar.*}) and its arguments;
 * the words shown to a user come from the message bundle, never from this exception.
 */
public class CalendarException extends DomainException {

    public CalendarException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

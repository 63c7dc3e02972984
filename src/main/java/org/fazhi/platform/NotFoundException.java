package org.fazhi.platform;

/** The thing asked for does not exist — or the user may not know that it does (answered as 404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

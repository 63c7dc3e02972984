package org.fazhi.supervision.internal;

/** A daily digest ready to send; {@code null} text means there is nothing to say (and no e-mail). */
public record Digest(String to, String subject, String text) {
}

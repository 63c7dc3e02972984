package org.fazhi.supervision.internal;

/** How a user wants e-mail: one digest a day, or each inbox message at once (the digest then lists dues only). */
public enum DeliveryMode {
    DIGEST, IMMEDIATE
}

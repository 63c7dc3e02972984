package org.fazhi.litigation.internal;

/**
 * Who appeared for the agency at a hearing. The agency head (负责人) is the principal, a deputy, or the deputy
 * (or other leader) in charge of the challenged act (最高法 负责人出庭应诉规定 第二条); the head of an entrusted
 * body or of a lower agency does not count (第二条第二款) and is recorded as other staff.
 */
public enum Appearance {
    PRINCIPAL, DEPUTY, DEPUTY_IN_CHARGE, OTHER_STAFF, NOBODY;

    public boolean headPresent() {
        return this == PRINCIPAL || this == DEPUTY || this == DEPUTY_IN_CHARGE;
    }
}

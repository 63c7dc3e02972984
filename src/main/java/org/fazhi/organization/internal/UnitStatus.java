package org.fazhi.organization.internal;

/** A unit is active until it is merged into another (机构改革). */
public enum UnitStatus {
    ACTIVE, MERGED
}

package org.fazhi.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which units a collective term (集合称谓) stands for. Every scope but {@link #DESIGNATED} expands to the
 * active units of its kinds; {@code DESIGNATED} terms (市直有关部门, 有关部门) stand for a subset the
 * coordinating office designates per task, so on their own they expand to nothing yet.
 */
public enum CollectiveScope {
    /**
     * 市直各部门 — every municipal department and the government office. The 市政府办公室 is itself a
     * working department of the municipal government, so tasks addressed to all departments bind it too;
     * Party offices and public institutions (kind OTHER) are not included.
     */
    MUNICIPAL_DEPARTMENTS(EnumSet.of(UnitKind.GOVERNMENT_OFFICE, UnitKind.MUNICIPAL_DEPARTMENT)),
    /** 各县(市、区)政府 — every county-level government. */
    COUNTY_GOVERNMENTS(EnumSet.of(UnitKind.COUNTY_GOVERNMENT)),
    /** 市直园区管委会 — every park management committee. */
    PARK_COMMITTEES(EnumSet.of(UnitKind.PARK_COMMITTEE)),
    /** 各乡镇人民政府 / 各街道办事处 — every township and street office. */
    TOWNSHIPS(EnumSet.of(UnitKind.TOWNSHIP)),
    /** 市直有关部门 / 有关部门 — a subset designated later by the coordinating office; expands to nothing now. */
    DESIGNATED(EnumSet.noneOf(UnitKind.class));

    private final EnumSet<UnitKind> kinds;

    CollectiveScope(EnumSet<UnitKind> kinds) {
        this.kinds = kinds;
    }

    /** The unit kinds this scope covers (empty for {@link #DESIGNATED}). */
    public Set<UnitKind> kinds() {
        return EnumSet.copyOf(kinds);
    }

    /** Whether a unit of {@code kind} belongs to this scope. */
    public boolean covers(UnitKind kind) {
        return kinds.contains(kind);
    }
}

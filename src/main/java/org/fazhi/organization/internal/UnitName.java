package org.fazhi.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.organization.NameNormalizer;

/** One written name of a unit (全称, 简称 or 别名); its normalised form is unique across the registry. */
@Entity
@Table(name = "org_unit_name")
public class UnitName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String normalized;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private NameType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected UnitName() {
    }

    UnitName(long unitId, String name, NameType type) {
        this.unitId = unitId;
        this.name = name;
        this.normalized = NameNormalizer.normalize(name);
        this.type = type;
    }

    /** The name becomes another kind of name of the same unit (an old full name becomes an alias …). */
    void retype(NameType newType) {
        type = newType;
    }

    /** The name now belongs to {@code target} as an alias (after a merge). */
    void moveTo(long target) {
        unitId = target;
        type = NameType.ALIAS;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public String getNormalized() {
        return normalized;
    }

    public NameType getType() {
        return type;
    }
}

package org.fazhi.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.DomainException;

/**
 * 单位 — a unit of the registry. Its names live in {@link UnitName} rows (one namespace across all units);
 * the full and short name are mirrored here for listing and history.
 */
@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "short_name", length = 100)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitStatus status = UnitStatus.ACTIVE;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected Unit() {
    }

    Unit(UnitKind kind, String fullName, String shortName, Long parentId, int sortOrder) {
        this.kind = kind;
        this.fullName = fullName;
        this.shortName = shortName;
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    /** Only an active unit can be renamed, given names, or merged. */
    void requireActive() {
        if (status != UnitStatus.ACTIVE) {
            throw new DomainException("error.org.unit.merged", fullName);
        }
    }

    void rename(String newFullName) {
        requireActive();
        fullName = newFullName;
        touch();
    }

    void changeShortName(String newShortName) {
        requireActive();
        shortName = newShortName;
        touch();
    }

    /** Moves the unit under {@code parent}; a unit cannot be its own parent. */
    void moveUnder(Long parent) {
        if (parent != null && id != null && parent.equals(id)) {
            throw new DomainException("error.org.parent.self");
        }
        parentId = parent;
        touch();
    }

    void changeKind(UnitKind newKind) {
        requireActive();
        kind = newKind;
        touch();
    }

    /** Marks this unit as merged into {@code target}; both must be active and different. */
    void mergeInto(Unit target) {
        requireActive();
        target.requireActive();
        if (target.id.equals(id)) {
            throw new DomainException("error.org.merge.self");
        }
        status = UnitStatus.MERGED;
        mergedIntoId = target.id;
        touch();
    }

    /** An earlier merge into this unit now points at this unit's own successor. */
    void redirectMergeTo(long target) {
        mergedIntoId = target;
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public UnitView toView() {
        return new UnitView(id, kind, fullName, shortName, parentId, status == UnitStatus.ACTIVE);
    }

    public Long getId() {
        return id;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

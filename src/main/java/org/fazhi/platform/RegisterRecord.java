package org.fazhi.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every entry of a case register keeps besides its own facts: its id, the unit it belongs to (the data
 * scope, {@link RegisterAccess}), who registered it, the reason when it was voided (entries are never deleted)
 * and the version that refuses a stale form. Columns {@code id}, {@code unit_id}, {@code registered_by},
 * {@code void_reason}, {@code version}.
 */
@MappedSuperclass
public abstract class RegisterRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private long unitId;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "registered_by")
    private String registeredBy;
    @Version
    private long version;

    protected RegisterRecord() {
    }

    /** Sets the unit and who registered the entry. */
    protected void registeredFor(long unit, String actor) {
        this.unitId = unit;
        this.registeredBy = actor;
    }

    /** Keeps the reason for voiding; refused with {@code key} when it is missing. Returns it. */
    protected String voidedBecause(String reason, String key) {
        voidReason = Checks.required(reason, key);
        return voidReason;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getVoidReason() { return voidReason; }
    public String getRegisteredBy() { return registeredBy; }
    public long getVersion() { return version; }
}

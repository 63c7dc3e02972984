package org.fazhi.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 责任单位 — one unit responsible for a task, lead (牵头) or partner. */
@Entity
@Table(name = "plan_responsibility")
public class Responsibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "written_name")
    private String writtenName;
    @Column(name = "via_term")
    private String viaTerm;
    private boolean lead;
    @Column(name = "to_designate")
    private boolean toDesignate;
    private int position;

    protected Responsibility() {
    }

    Responsibility(Task task, ResolvedUnit unit, int position) {
        this.task = task;
        this.unitId = unit.unitId();
        this.writtenName = unit.writtenName();
        this.viaTerm = unit.viaTerm();
        this.lead = unit.lead();
        this.toDesignate = unit.toDesignate();
        this.position = position;
    }

    void update(ResolvedUnit unit, int newPosition) {
        this.writtenName = unit.writtenName();
        this.viaTerm = unit.viaTerm();
        this.lead = unit.lead();
        this.toDesignate = unit.toDesignate();
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getWrittenName() {
        return writtenName;
    }

    public String getViaTerm() {
        return viaTerm;
    }

    public boolean isLead() {
        return lead;
    }

    public boolean isToDesignate() {
        return toDesignate;
    }

    public int getPosition() {
        return position;
    }
}

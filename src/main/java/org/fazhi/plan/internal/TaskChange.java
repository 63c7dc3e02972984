package org.fazhi.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 变更记录 — who changed a task, when, what and why. */
@Entity
@Table(name = "plan_task_change")
public class TaskChange {

    /** What kind of change. */
    public enum Kind { IMPORTED, REIMPORTED, WITHDRAWN, EDITED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id")
    private Long taskId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    private String detail;
    private String reason;

    protected TaskChange() {
    }

    TaskChange(long taskId, String actor, Kind kind, String detail, String reason) {
        this.taskId = taskId;
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.kind = kind;
        this.detail = detail;
        this.reason = reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }
}

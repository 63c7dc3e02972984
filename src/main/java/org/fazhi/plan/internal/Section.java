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

/** A section of a plan ("一、深入学习贯彻习近平法治思想"). */
@Entity
@Table(name = "plan_section")
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;
    private int number;
    private String heading;
    private String intro;
    @Column(name = "source_line")
    private int sourceLine;

    protected Section() {
    }

    Section(Plan plan, int number) {
        this.plan = plan;
        this.number = number;
    }

    void describe(String heading, String intro, int sourceLine) {
        this.heading = heading;
        this.intro = intro;
        this.sourceLine = sourceLine;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getHeading() {
        return heading;
    }

    public String getIntro() {
        return intro;
    }

    public int getSourceLine() {
        return sourceLine;
    }
}

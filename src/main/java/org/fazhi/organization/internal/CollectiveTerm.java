package org.fazhi.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fazhi.organization.CollectiveScope;
import org.fazhi.organization.NameNormalizer;

/** 集合称谓 — a collective term and the scope it expands to. */
@Entity
@Table(name = "org_collective_term")
public class CollectiveTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String term;

    @Column(nullable = false, length = 100)
    private String normalized;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CollectiveScope scope;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CollectiveTerm() {
    }

    CollectiveTerm(String term, CollectiveScope scope, int sortOrder) {
        this.term = term;
        this.normalized = NameNormalizer.normalize(term);
        this.scope = scope;
        this.sortOrder = sortOrder;
    }

    public String getTerm() {
        return term;
    }

    public CollectiveScope getScope() {
        return scope;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    NameIndex.Term toTerm() {
        return new NameIndex.Term(term, scope);
    }
}

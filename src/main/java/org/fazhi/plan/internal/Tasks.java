package org.fazhi.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The tasks of all plans. */
public interface Tasks extends JpaRepository<Task, Long> {

    @EntityGraph(attributePaths = {"responsibilities", "section"})
    List<Task> findByPlanIdOrderByNumber(long planId);

    /** The tasks, across plans, for which {@code unitId} is responsible (lead, partner or designated). */
    @EntityGraph(attributePaths = {"responsibilities", "section", "plan"})
    @Query("select distinct t from Task t join t.responsibilities r where r.unitId = :unitId and t.withdrawn = false")
    List<Task> findByResponsibleUnit(@Param("unitId") long unitId);
}

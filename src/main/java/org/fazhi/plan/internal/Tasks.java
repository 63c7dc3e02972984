package org.fazhi.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The tasks of all plans. */
public interface Tasks extends JpaRepository<Task, Long> {

    @EntityGraph(attributePaths = {"responsibilities", "section"})
    List<Task> findByPlanIdOrderByNumber(long planId);
}

package org.fazhi.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The change history of tasks. */
public interface TaskChanges extends JpaRepository<TaskChange, Long> {

    List<TaskChange> findByTaskIdOrderByOccurredAtAscIdAsc(long taskId);
}

package org.fazhi.plan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The plans. */
public interface Plans extends JpaRepository<Plan, Long> {

    Optional<Plan> findByDocNumber(String docNumber);

    List<Plan> findAllByOrderByIssuedOnDescIdDesc();
}

package org.fazhi.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The collective terms. */
public interface CollectiveTerms extends JpaRepository<CollectiveTerm, Long> {

    Optional<CollectiveTerm> findByNormalized(String normalized);

    List<CollectiveTerm> findAllByOrderBySortOrderAscIdAsc();
}

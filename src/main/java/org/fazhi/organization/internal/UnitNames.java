package org.fazhi.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All recorded names of all units. */
public interface UnitNames extends JpaRepository<UnitName, Long> {

    Optional<UnitName> findByNormalized(String normalized);

    List<UnitName> findByUnitIdOrderByIdAsc(long unitId);
}

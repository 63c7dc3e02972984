package org.fazhi.litigation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Litigation cases. */
public interface LitigationCases extends JpaRepository<LitigationCase, Long> {

    List<LitigationCase> findByUnitIdInOrderByComplaintReceivedOnDescIdDesc(Collection<Long> units);

    List<LitigationCase> findAllByOrderByComplaintReceivedOnDescIdDesc();

    /** Whether a case (not voided) of this unit, case number and instance is registered — the import's duplicate check. */
    boolean existsByUnitIdAndCaseNumberAndInstanceAndStatusNot(long unitId, String caseNumber, Instance instance,
                                                               LitigationStatus status);

    List<LitigationCase> findByStatus(LitigationStatus status);

    /** Raises the version after a change to the case's hearings or suggestions (optimistic locking). */
    @Modifying
    @Query("update LitigationCase c set c.version = c.version + 1 where c.id = :id")
    void bump(@Param("id") long id);
}

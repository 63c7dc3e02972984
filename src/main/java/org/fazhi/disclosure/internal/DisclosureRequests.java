package org.fazhi.disclosure.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Disclosure requests. */
public interface DisclosureRequests extends JpaRepository<DisclosureRequest, Long> {

    List<DisclosureRequest> findByUnitIdInOrderByReceivedOnDescIdDesc(Collection<Long> units);

    List<DisclosureRequest> findAllByOrderByReceivedOnDescIdDesc();

    /** Whether a request (not voided) with these facts is registered — the Excel import's duplicate check. */
    boolean existsByUnitIdAndReceivedOnAndRequesterNameAndContentAndStatusNot(long unitId, java.time.LocalDate receivedOn,
                                                                             String requesterName, String content,
                                                                             Status status);

    List<DisclosureRequest> findByStatusIn(Collection<Status> statuses);
}

package org.fazhi.disclosure.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Disclosure requests. */
public interface DisclosureRequests extends JpaRepository<DisclosureRequest, Long> {

    List<DisclosureRequest> findByUnitIdInOrderByReceivedOnDescIdDesc(Collection<Long> units);

    List<DisclosureRequest> findAllByOrderByReceivedOnDescIdDesc();

    List<DisclosureRequest> findByStatusIn(Collection<Status> statuses);
}

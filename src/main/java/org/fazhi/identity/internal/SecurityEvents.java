package org.fazhi.identity.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The security audit trail (append-only: nothing here updates or deletes). */
public interface SecurityEvents extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    List<SecurityEvent> findByUsernameOrderByIdAsc(String username);
}

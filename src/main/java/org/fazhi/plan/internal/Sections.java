package org.fazhi.plan.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sections of all plans. */
interface Sections extends JpaRepository<Section, Long> {
}

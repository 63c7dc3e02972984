package org.fazhi.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The units of the registry. */
public interface Units extends JpaRepository<Unit, Long> {

    List<Unit> findByParentId(Long parentId);

    List<Unit> findByMergedIntoId(Long mergedIntoId);

    boolean existsByFullName(String fullName);

    @Query("select coalesce(max(u.sortOrder), 0) from Unit u")
    int maxSortOrder();
}

package org.fazhi.plan.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Full-text search over a plan's tasks in PostgreSQL: a case-insensitive substring match on title and text,
 * served by the trigram index of {@code V21__ledger_search.sql}, so Chinese words (which have no spaces to
 * split on) are found as written.
 */
@Component
class LedgerSearch {

    private final JdbcClient jdbc;

    LedgerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the plan's tasks whose title or text contains every whitespace-separated word of {@code q}. */
    Set<Long> matching(long planId, String q) {
        StringBuilder sql = new StringBuilder("SELECT id FROM plan_task WHERE plan_id = ?");
        List<String> words = List.of(q.strip().split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (title || ' ' || body) ILIKE ? ESCAPE '\\'");
        }
        var spec = jdbc.sql(sql.toString()).param(planId);
        for (String word : words) {
            spec = spec.param("%" + escape(word) + "%");
        }
        return new HashSet<>(spec.query(Long.class).list());
    }

    static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

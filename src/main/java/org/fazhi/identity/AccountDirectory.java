package org.fazhi.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only directory of enabled accounts for other modules: who belongs to a unit, who holds a role, and
 * where to write to them. Disabled accounts are never returned.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private static final String SELECT = """
            select a.username, a.display_name, a.email, a.unit_id, r.role
            from identity_account a left join identity_account_role r on r.account_id = a.id
            where a.enabled""";

    private final JdbcTemplate jdbc;

    AccountDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled accounts of a unit (liaisons, leaders), by username. */
    public List<AccountContact> usersOfUnit(long unitId) {
        return query(SELECT + " and a.unit_id = ? order by a.username", unitId);
    }

    /** The enabled accounts holding {@code role}, by username. */
    public List<AccountContact> withRole(Role role) {
        return query(SELECT + " and a.id in (select account_id from identity_account_role where role = ?)"
                + " order by a.username", role.name());
    }

    /** Every enabled account (for the daily digest), by username. */
    public List<AccountContact> all() {
        return query(SELECT + " order by a.username");
    }

    public Optional<AccountContact> byUsername(String username) {
        return query(SELECT + " and lower(a.username) = lower(?)", username).stream().findFirst();
    }

    private List<AccountContact> query(String sql, Object... args) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            Object[] row = rows.computeIfAbsent(rs.getString(1), k -> {
                try {
                    return new Object[] {rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                            EnumSet.noneOf(Role.class)};
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String role = rs.getString(5);
            if (role != null) {
                @SuppressWarnings("unchecked")
                Set<Role> roles = (Set<Role>) row[3];
                roles.add(Role.valueOf(role));
            }
        }, args);
        List<AccountContact> out = new ArrayList<>(rows.size());
        rows.forEach((username, r) -> {
            @SuppressWarnings("unchecked")
            Set<Role> roles = (Set<Role>) r[3];
            out.add(new AccountContact(username, (String) r[0], (String) r[1], (Long) r[2], roles));
        });
        return out;
    }
}

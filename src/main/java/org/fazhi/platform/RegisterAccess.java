package org.fazhi.platform;

import java.util.Collection;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;

/**
 * The data scope shared by the case registers (行政复议, 行政应诉, 依申请公开), by the unit a case belongs to:
 * the office ({@code COORDINATOR}) reads and acts on every case, the city leader ({@code CITY_LEADER}) reads
 * every case, a unit's liaison ({@code UNIT_LIAISON}) reads and acts for its own unit, a unit's leader
 * ({@code UNIT_LEADER}) reads its own unit's; the administrators see none. A case the user may not read is
 * answered as not found ({@code error.<register>.notFound}: its existence is not revealed); reading but not
 * acting is forbidden.
 *
 * <p>The platform does not know the identity module's user type, so a register builds this once with the
 * accessors of its user (username, unit, role enum whose names are those above).
 *
 * @param <U> the user type
 */
public final class RegisterAccess<U> {

    private final String register;
    private final Function<U, String> username;
    private final Function<U, Long> unit;
    private final Function<U, ? extends Collection<? extends Enum<?>>> roles;

    public RegisterAccess(String register, Function<U, String> username, Function<U, Long> unit,
                          Function<U, ? extends Collection<? extends Enum<?>>> roles) {
        this.register = register;
        this.username = username;
        this.unit = unit;
        this.roles = roles;
    }

    /** Whether the user reads every unit's cases (the office and city leaders). */
    public boolean seesAll(U user) {
        return has(user, "COORDINATOR") || has(user, "CITY_LEADER");
    }

    /** Whether the user is the office, which acts on every unit's cases. */
    public boolean isOffice(U user) {
        return has(user, "COORDINATOR");
    }

    /** Whether the user may read the cases of {@code caseUnit}. */
    public boolean mayRead(U user, long caseUnit) {
        return seesAll(user) || ((has(user, "UNIT_LIAISON") || has(user, "UNIT_LEADER")) && own(user, caseUnit));
    }

    /** Whether the user may register and change the cases of {@code caseUnit}. */
    public boolean mayAct(U user, long caseUnit) {
        return isOffice(user) || (has(user, "UNIT_LIAISON") && own(user, caseUnit));
    }

    /** Throws {@link NotFoundException} ({@code error.<register>.notFound} with {@code args}) unless readable. */
    public void requireRead(U user, long caseUnit, Object... args) {
        if (!mayRead(user, caseUnit)) {
            throw new NotFoundException("error." + register + ".notFound", args);
        }
    }

    /** As {@link #requireRead}, then {@link AccessDeniedException} unless the user may act. */
    public void requireAct(U user, long caseUnit, Object... args) {
        requireRead(user, caseUnit, args);
        if (!mayAct(user, caseUnit)) {
            throw new AccessDeniedException(register + ": read-only for " + username.apply(user));
        }
    }

    private boolean own(U user, long caseUnit) {
        Long mine = unit.apply(user);
        return mine != null && mine == caseUnit;
    }

    private boolean has(U user, String role) {
        for (Enum<?> r : roles.apply(user)) {
            if (r.name().equals(role)) {
                return true;
            }
        }
        return false;
    }
}

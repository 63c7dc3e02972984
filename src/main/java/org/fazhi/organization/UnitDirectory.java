package org.fazhi.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The unit registry as other modules use it: look units up by id or kind and resolve written names
 * (from notices, imports, forms) to units or collective terms. Reads come from an in-memory index that
 * is rebuilt after every committed change to the registry.
 */
public interface UnitDirectory {

    /** The unit with this id, active or merged. */
    Optional<UnitView> find(long id);

    /** All active units, by kind (in {@link UnitKind} order) and then registry order. */
    List<UnitView> activeUnits();

    /** The active units of one kind, in registry order. */
    List<UnitView> byKind(UnitKind kind);

    /** What a written name stands for; never a guess (see {@link NameResolution}). */
    NameResolution resolve(String written);

    /** {@link #resolve} for each name, in the same order. */
    List<NameResolution> resolveAll(Collection<String> written);

    /**
     * The name to show for a unit (short name where there is one, else full name).
     *
     * @throws org.fazhi.platform.NotFoundException when no unit has this id
     */
    String displayName(long id);

    /**
     * The active unit that now stands for {@code id}: the unit itself, or the unit it was merged into.
     *
     * @throws org.fazhi.platform.NotFoundException when no unit has this id
     */
    long successorOf(long id);
}

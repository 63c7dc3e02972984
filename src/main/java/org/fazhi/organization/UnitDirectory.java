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

    /**
     * The one active unit a form field names: a recorded name (full, short or alias), or a unit id written
     * as digits (what older forms post). Never a guess.
     *
     * @throws org.fazhi.platform.DomainException {@code error.org.unit.unknown} or {@code unknownSuggest} for a name
     *         nobody recorded or an id of no active unit, {@code error.org.unit.collective} for a collective term
     */
    default long requireUnit(String written) {
        String text = written == null ? "" : written.strip();
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() < 18) {
            long id = Long.parseLong(text);
            if (find(id).filter(UnitView::active).isPresent()) {
                return id;
            }
            throw new org.fazhi.platform.DomainException("error.org.unit.unknown", text);
        }
        NameResolution resolution = resolve(text);
        if (resolution instanceof NameResolution.Resolved r && find(r.unitId()).filter(UnitView::active).isPresent()) {
            return r.unitId();
        }
        if (resolution instanceof NameResolution.Collective c) {
            throw new org.fazhi.platform.DomainException("error.org.unit.collective", text, c.term());
        }
        List<String> suggestions = resolution instanceof NameResolution.Unknown u ? u.suggestions() : List.of();
        if (suggestions.isEmpty()) {
            throw new org.fazhi.platform.DomainException("error.org.unit.unknown", text);
        }
        throw new org.fazhi.platform.DomainException("error.org.unit.unknownSuggest", text,
                String.join("、", suggestions.subList(0, Math.min(5, suggestions.size()))));
    }
}

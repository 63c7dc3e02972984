package org.fazhi.organization;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a page lets a user name one unit: a {@code <select>} of every unit the user may choose when there are at
 * most {@code fazhi.organization.unit-select-max} of them (env {@code FAZHI_UNIT_SELECT_MAX}, default 200; a
 * city installation has about 41), otherwise a text input with that many suggestions, the typed text being
 * resolved on the server by {@link #resolve}. Rendered by {@code fragments/unit-pick.html}.
 */
@Component
public class UnitPicker {

    private final UnitDirectory directory;
    private final int max;

    public UnitPicker(UnitDirectory directory, @Value("${fazhi.organization.unit-select-max:200}") int max) {
        this.directory = directory;
        this.max = Math.max(1, max);
    }

    /** The field for choosing among {@code choices}, with {@code selected} (may be null) shown as chosen. */
    public UnitPick pick(List<UnitView> choices, Long selected) {
        String selectedName = selected == null ? null
                : directory.find(selected).map(UnitView::fullName).orElse(String.valueOf(selected));
        return UnitPick.of(choices, selected, selectedName, max);
    }

    /**
     * The unit a field names (a recorded name or a unit id in digits), or null when the field is blank.
     *
     * @throws org.fazhi.platform.DomainException as {@link UnitDirectory#requireUnit} does
     */
    public Long resolve(String written) {
        return written == null || written.isBlank() ? null : directory.requireUnit(written);
    }

    /**
     * One field's rendering decision.
     *
     * @param typed true for a text input with suggestions, false for a select of all {@code options}
     * @param options the select's options, or at most the cap of suggestions
     * @param selected the chosen unit's id, or null
     * @param selectedName the chosen unit's full name (what a typed field shows), or null
     */
    public record UnitPick(boolean typed, List<UnitView> options, Long selected, String selectedName) {

        /** A select when {@code choices} has at most {@code max} units, else typed with the first {@code max}. */
        public static UnitPick of(List<UnitView> choices, Long selected, String selectedName, int max) {
            boolean typed = choices.size() > max;
            return new UnitPick(typed, typed ? List.copyOf(choices.subList(0, max)) : List.copyOf(choices),
                    selected, selectedName);
        }
    }
}

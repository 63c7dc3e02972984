package org.fazhi.organization;

import java.util.List;
import org.fazhi.platform.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a page lets a user name one unit: a {@code <select>} of every unit the user may choose when there are at
 * most {@code fazhi.organization.unit-select-max} of them (env {@code FAZHI_UNIT_SELECT_MAX}, default 200; a
 * city installation has about 41), otherwise a text input with that many suggestions, the typed text being
 * resolved on the server by {@link #resolve} or {@link #read}. Rendered by {@code fragments/unit-pick.html}, which
 * also shows a field's message (an unknown name) next to it and keeps what was typed.
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
     * The field for choosing among {@code choices} showing what {@code field} holds: its unit, or (when it named
     * none) the text as written together with the message why.
     */
    public UnitPick pick(List<UnitView> choices, UnitField field) {
        if (!field.failed()) {
            return pick(choices, field.unitId());
        }
        return UnitPick.of(choices, null, field.written().strip(), max).failing(field.errorKey(), field.errorArgs());
    }

    /**
     * The unit a field names (a recorded name or a unit id in digits), or null when the field is blank.
     *
     * @throws org.fazhi.platform.DomainException as {@link UnitDirectory#requireUnit} does
     */
    public Long resolve(String written) {
        return written == null || written.isBlank() ? null : directory.requireUnit(written);
    }

    /** What a field names, or why it names none (never throws for an unknown name: the page shows the message). */
    public UnitField read(String written) {
        try {
            return new UnitField(written, resolve(written), null, null);
        } catch (DomainException e) {
            return new UnitField(written, null, e.messageKey(), e.args());
        }
    }

    /**
     * A unit field as submitted.
     *
     * @param written the text (a name or an id), may be null
     * @param unitId the unit it names, null when blank or failed
     * @param errorKey the message key when it names no unit ({@code error.org.unit.*}), else null
     * @param errorArgs the message's arguments
     */
    public record UnitField(String written, Long unitId, String errorKey, Object[] errorArgs) {

        /** A field holding a unit already known (e.g. the user's own unit as the form's default). */
        public static UnitField of(Long unitId) {
            return new UnitField(unitId == null ? null : String.valueOf(unitId), unitId, null, null);
        }

        public boolean failed() {
            return errorKey != null;
        }
    }

    /**
     * One field's rendering decision.
     *
     * @param typed true for a text input with suggestions, false for a select of all {@code options}
     * @param options the select's options, or at most the cap of suggestions
     * @param selected the chosen unit's id, or null
     * @param selectedName the chosen unit's full name (what a typed field shows), or the text as written when it
     *                     named no unit, or null
     * @param errorKey why the written text names no unit (shown next to the field), or null
     * @param errorArgs the message's arguments
     */
    public record UnitPick(boolean typed, List<UnitView> options, Long selected, String selectedName,
                           String errorKey, Object[] errorArgs) {

        /** A select when {@code choices} has at most {@code max} units, else typed with the first {@code max}. */
        public static UnitPick of(List<UnitView> choices, Long selected, String selectedName, int max) {
            boolean typed = choices.size() > max;
            return new UnitPick(typed, typed ? List.copyOf(choices.subList(0, max)) : List.copyOf(choices),
                    selected, selectedName, null, null);
        }

        /** The same field showing a message next to it. */
        public UnitPick failing(String key, Object[] args) {
            return new UnitPick(typed, options, selected, selectedName, key, args);
        }

        /** True when the field holds text that names no unit (a select shows it as an extra chosen option). */
        public boolean unresolved() {
            return selected == null && selectedName != null && !selectedName.isEmpty();
        }
    }
}

package org.fazhi.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.identity.internal.Account;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.organization.UnitView;
import org.springframework.stereotype.Component;

/** Unit fields and names for the account pages, from the unit registry. */
@Component
class UnitOptions {

    private final UnitDirectory directory;
    private final UnitPicker picker;

    UnitOptions(UnitDirectory directory, UnitPicker picker) {
        this.directory = directory;
        this.picker = picker;
    }

    /** What an account's unit field holds: a unit name or an id, blank for none. */
    UnitPicker.UnitField read(String written) {
        return picker.read(written);
    }

    /** The new account's unit field. */
    UnitPicker.UnitPick pick(UnitPicker.UnitField field) {
        return picker.pick(directory.activeUnits(), field);
    }

    /**
     * Each account's unit field by account id (one shared list of suggestions on the page); {@code failed} (may
     * be null) is the field of the row {@code failedId} whose edit was refused.
     */
    Map<Long, UnitPicker.UnitPick> picks(List<Account> accounts, Long failedId, UnitPicker.UnitField failed) {
        List<UnitView> units = directory.activeUnits();
        Map<Long, UnitPicker.UnitPick> picks = new LinkedHashMap<>();
        for (Account a : accounts) {
            picks.put(a.getId(), failed != null && failedId != null && failedId.equals(a.getId())
                    ? picker.pick(units, failed) : picker.pick(units, a.getUnitId()));
        }
        return picks;
    }

    /** A lookup that also knows merged units, for showing an account's unit. */
    Map<Long, String> names() {
        return new UnitNameLookup(directory);
    }
}

package org.fazhi.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitView;
import org.springframework.stereotype.Component;

/** Unit names for the account pages, from the unit registry. */
@Component
class UnitOptions {

    private final UnitDirectory directory;

    UnitOptions(UnitDirectory directory) {
        this.directory = directory;
    }

    /** Every active unit, for choosing an account's unit. */
    Map<Long, String> options() {
        Map<Long, String> options = new LinkedHashMap<>();
        for (UnitView unit : directory.activeUnits()) {
            options.put(unit.id(), unit.fullName());
        }
        return options;
    }

    /** A lookup that also knows merged units, for showing an account's unit. */
    Map<Long, String> names() {
        return new UnitNameLookup(directory);
    }
}

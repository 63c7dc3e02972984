package org.fazhi.organization.internal;

import java.util.List;
import org.fazhi.organization.UnitKind;

/** A command to add a unit: its kind, names and (optional) parent. */
public record NewUnit(UnitKind kind, String fullName, String shortName, List<String> aliases, Long parentId) {

    public NewUnit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}

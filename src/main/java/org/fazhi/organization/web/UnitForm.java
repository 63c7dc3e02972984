package org.fazhi.organization.web;

import java.util.Arrays;
import java.util.List;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.internal.NewUnit;

/** The add-unit form; aliases are one per line. */
record UnitForm(UnitKind kind, String fullName, String shortName, String aliases, Long parentId) {

    static UnitForm empty() {
        return new UnitForm(UnitKind.MUNICIPAL_DEPARTMENT, "", "", "", null);
    }

    NewUnit toCommand() {
        List<String> lines = aliases == null ? List.of()
                : Arrays.stream(aliases.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new NewUnit(kind, fullName, shortName, lines, parentId);
    }
}

package org.fazhi.plan.web;

import org.fazhi.organization.UnitDirectory;

/** Lets templates show a unit id as its name: {@code ${unitNames.of(id)}}. */
public final class UnitNames {

    private final UnitDirectory directory;

    UnitNames(UnitDirectory directory) {
        this.directory = directory;
    }

    public String of(Long id) {
        return id == null ? "" : directory.displayName(id);
    }
}

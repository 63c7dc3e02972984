package org.fazhi.identity.web;

import java.util.AbstractMap;
import java.util.Set;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitView;

/** A read-only map view from unit id to display name, answered by the registry on demand. */
final class UnitNameLookup extends AbstractMap<Long, String> {

    private final UnitDirectory directory;

    UnitNameLookup(UnitDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String get(Object key) {
        return key instanceof Long id ? directory.find(id).map(UnitView::displayName).orElse("") : "";
    }

    @Override
    public Set<Entry<Long, String>> entrySet() {
        return Set.of();
    }
}

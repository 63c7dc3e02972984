package org.fazhi.organization.internal;

import java.util.List;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.organization.UnitView;
import org.springframework.stereotype.Service;

/** {@link UnitRegistration} through the registry's own rules. */
@Service
class UnitRegistrationService implements UnitRegistration {

    private final UnitRegistry registry;

    UnitRegistrationService(UnitRegistry registry) {
        this.registry = registry;
    }

    @Override
    public UnitView register(UnitKind kind, String fullName) {
        return registry.create(new NewUnit(kind, fullName, null, List.of(), null));
    }
}

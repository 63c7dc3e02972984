package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.fazhi.disclosure.internal.Channel;
import org.fazhi.disclosure.internal.DisclosureRequest;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.RequesterType;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Units, actors and requests for disclosure tests; every test makes its own data. */
@Component
class DisclosureFixtures {

    static final CurrentUser COORDINATOR = new CurrentUser(0L, "coordinator", "coordinator", null,
            Set.of(Role.COORDINATOR));

    private final DisclosureService service;
    private final UnitRegistration registration;
    private final UnitDirectory directory;
    private final UserDetailsService accounts;

    DisclosureFixtures(DisclosureService service, UnitRegistration registration, UnitDirectory directory,
                       UserDetailsService accounts) {
        this.service = service;
        this.registration = registration;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** A fresh unit, so counts are not disturbed by other tests sharing the database. */
    long freshUnit() {
        return registration.register(UnitKind.OTHER,
                "测试公开局" + UUID.randomUUID().toString().substring(0, 8)).id();
    }

    long unit(String name) {
        return ((NameResolution.Resolved) directory.resolve(name)).unitId();
    }

    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    DisclosureRequest inPerson(long unit, RequesterType type, LocalDate on) {
        return service.register(new DisclosureService.Registration(unit, type, "申请人" + UUID.randomUUID(),
                Channel.IN_PERSON, on, null, null, "政府信息"), COORDINATOR);
    }

    DisclosureRequest reload(long id) {
        return service.get(id, COORDINATOR);
    }
}

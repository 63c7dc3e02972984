package org.fazhi.reconsideration;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.reconsideration.internal.Action;
import org.fazhi.reconsideration.internal.CaseService;
import org.fazhi.reconsideration.internal.Channel;
import org.fazhi.reconsideration.internal.Command;
import org.fazhi.reconsideration.internal.Registration;
import org.fazhi.reconsideration.internal.StoredCase;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Demo accounts as real principals (with their unit), fresh units and cases for reconsideration tests. */
@Component
class ReconsiderationFixtures {

    static final String CHUANSHAN = "船山区人民政府";
    static final String FGW = "市发展改革委";

    private final UserDetailsService accounts;
    private final UnitDirectory directory;
    private final UnitRegistration registration;
    final CaseService cases;
    final org.fazhi.reconsideration.internal.CaseImport importer;

    ReconsiderationFixtures(UserDetailsService accounts, UnitDirectory directory, UnitRegistration registration,
                            CaseService cases, org.fazhi.reconsideration.internal.CaseImport importer) {
        this.importer = importer;
        this.accounts = accounts;
        this.directory = directory;
        this.registration = registration;
        this.cases = cases;
    }

    long unit(String name) {
        return ((NameResolution.Resolved) directory.resolve(name)).unitId();
    }

    /** A unit no other test uses, so counts over it are exact on a shared database. */
    long freshUnit() {
        return registration.register(UnitKind.OTHER,
                "复议测试局" + UUID.randomUUID().toString().substring(0, 8)).id();
    }

    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    /** Runs {@code action} signed in as the demo account {@code username}. */
    <T> T as(String username, Supplier<T> action) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    long register(long unit, LocalDate received, LocalDate knew, boolean told) {
        return as("coordinator", () -> cases.register(new Registration("申请人" + UUID.randomUUID().toString()
                .substring(0, 6), unit, "行政处罚决定", Channel.POST, received, knew, told, null)));
    }

    StoredCase read(long id) {
        return as("coordinator", () -> cases.read(id));
    }

    /** Takes a step as the coordinator on the case's current version. */
    StoredCase act(long id, Command command) {
        return as("coordinator", () -> {
            cases.act(id, cases.read(id).version(), command);
            return cases.read(id);
        });
    }

    StoredCase act(long id, Action action, LocalDate on) {
        return act(id, Command.on(action, on));
    }
}

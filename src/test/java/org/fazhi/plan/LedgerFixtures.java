package org.fazhi.plan;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.plan.internal.Plans;
import org.fazhi.plan.internal.Task;
import org.fazhi.plan.internal.Tasks;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The seed plan, unit ids and the demo accounts (real principals with a unit) for ledger tests. */
@Component
class LedgerFixtures {

    static final String SEED = "遂府办函〔2021〕35号";
    static final String CHUANSHAN = "船山区人民政府";
    static final String FGW = "市发展改革委";

    private final Plans plans;
    private final Tasks tasks;
    private final UnitDirectory directory;
    private final UserDetailsService accounts;
    private final PlanImportService imports;

    LedgerFixtures(Plans plans, Tasks tasks, UnitDirectory directory, UserDetailsService accounts,
                   PlanImportService imports) {
        this.plans = plans;
        this.tasks = tasks;
        this.directory = directory;
        this.accounts = accounts;
        this.imports = imports;
    }

    long seedPlan() {
        return plans.findByDocNumber(SEED).orElseThrow().getId();
    }

    Task seedTask(int number) {
        return tasks.findByPlanIdOrderByNumber(seedPlan()).stream().filter(t -> t.getNumber() == number)
                .findFirst().orElseThrow();
    }

    long unit(String name) {
        return ((NameResolution.Resolved) directory.resolve(name)).unitId();
    }

    /** Signs the request in as a demo account, with its unit (unlike {@code user("x").roles(..)}). */
    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    /** A demo account as the services see it. */
    org.fazhi.identity.CurrentUser user(String username) {
        return ((org.fazhi.identity.AccountPrincipal) accounts.loadUserByUsername(username)).user();
    }

    /** Imports a small fresh plan of one section whose tasks are given as written. */
    long importPlan(String docNumber, String... taskLines) {
        String text = org.fazhi.support.Notices.notice(docNumber, taskLines);
        return imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
    }
}

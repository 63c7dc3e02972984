package org.fazhi.supervision;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fazhi.identity.AccountPrincipal;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.internal.Notification;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.support.Notices;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A fresh 2026 plan with one task for 船山区 (lead) and 市发展改革委: on the real clock (late 2026) its
 * quarterly reports Q1–Q3 are overdue, so both assignments are red. Plus the demo accounts and their inboxes.
 */
@Component
class SupervisionFixtures {

    static final String CHUANSHAN = "船山区人民政府";
    static final String FGW = "市发展改革委";

    private final PlanImportService imports;
    private final UnitDirectory units;
    private final UserDetailsService accounts;
    private final ProgressDirectory progress;
    private final Notifications notifications;

    SupervisionFixtures(PlanImportService imports, UnitDirectory units, UserDetailsService accounts,
                        ProgressDirectory progress, Notifications notifications) {
        this.imports = imports;
        this.units = units;
        this.accounts = accounts;
        this.progress = progress;
        this.notifications = notifications;
    }

    long plan2026() {
        String text = Notices.notice(Notices.docNumber(),
                "加强行政执法监督。开展执法案卷评查。(牵头单位:船山区人民政府;责任单位:市发展改革委;完成时限:2026年12月31日前)")
                .replace("2030", "2026");
        return imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
    }

    long unit(String name) {
        return ((NameResolution.Resolved) units.resolve(name)).unitId();
    }

    AssignmentStatus assignment(long planId, String unitName) {
        long unit = unit(unitName);
        return progress.ofPlan(planId).stream().filter(a -> a.unitId() == unit).findFirst().orElseThrow();
    }

    CurrentUser user(String username) {
        return ((AccountPrincipal) accounts.loadUserByUsername(username)).user();
    }

    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    /** The user's inbox entries whose body is {@code body} (messages are unique per test). */
    List<Notification> inbox(String username, String body) {
        return notifications.of(username, 10_000).stream().filter(n -> body.equals(n.body())).toList();
    }
}

package org.fazhi.progress;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fazhi.identity.AccountPrincipal;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.support.Notices;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A fresh 2026 plan with one task for 船山区 (lead) and 市发展改革委, the demo accounts, and small real files. */
@Component
class ProgressFixtures {

    static final String CHUANSHAN = "船山区人民政府";
    static final String FGW = "市发展改革委";

    private final PlanImportService imports;
    private final UnitDirectory units;
    private final UserDetailsService accounts;
    private final ProgressQueries queries;

    ProgressFixtures(PlanImportService imports, UnitDirectory units, UserDetailsService accounts,
                     ProgressQueries queries) {
        this.imports = imports;
        this.units = units;
        this.accounts = accounts;
        this.queries = queries;
    }

    /** Imports a fresh plan for 2026 (quarterly cycle by default, so Q1–Q3 are already due). */
    long plan2026() {
        String text = Notices.notice(Notices.docNumber(),
                "加强行政执法监督。开展执法案卷评查。(牵头单位:船山区人民政府;责任单位:市发展改革委;完成时限:2026年12月31日前)")
                .replace("2030", "2026");
        return imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
    }

    long unit(String name) {
        return ((NameResolution.Resolved) units.resolve(name)).unitId();
    }

    CurrentUser user(String username) {
        return ((AccountPrincipal) accounts.loadUserByUsername(username)).user();
    }

    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    /** The plan's assignment for {@code unitName}, as the coordinator sees it. */
    AssignmentView assignment(long planId, String unitName) {
        long unit = unit(unitName);
        return queries.ofPlan(user("coordinator"), planId).stream().filter(v -> v.assignment().unitId() == unit)
                .findFirst().orElseThrow();
    }

    /** A small but well-formed PDF. */
    static byte[] pdf() {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}

package org.fazhi.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every ledger page and export, by role and with another unit's ids. */
@IntegrationTest
class LedgerAccessIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerFixtures fixtures;

    private List<String> exports(long plan, String unitParam) {
        return List.of("/plans/" + plan + "/ledger.xlsx" + unitParam, "/plans/" + plan + "/ledger.docx" + unitParam,
                "/plans/" + plan + "/ledger.csv" + unitParam);
    }

    private void expect(RequestPostProcessor who, String url, int status) throws Exception {
        mvc.perform(get(url).with(who)).andExpect(status().is(status));
    }

    @Test
    void coordinatorAndCityLeaderReadEveryPageAndExport() throws Exception {
        long plan = fixtures.seedPlan();
        long chuanshan = fixtures.unit(LedgerFixtures.CHUANSHAN);
        for (String account : new String[] {"coordinator", "cityleader"}) {
            RequestPostProcessor who = fixtures.as(account);
            for (String url : List.of("/plans/" + plan, "/plans/tasks/" + fixtures.seedTask(3).getId(),
                    "/units/" + chuanshan + "/tasks")) {
                expect(who, url, 200);
            }
            for (String url : exports(plan, "")) {
                expect(who, url, 200);
            }
            for (String url : exports(plan, "?unit=" + chuanshan)) {
                expect(who, url, 200);
            }
        }
    }

    @Test
    void liaisonReadsOnlyItsOwnUnitsPageTasksAndLedger() throws Exception {
        long plan = fixtures.seedPlan();
        long chuanshan = fixtures.unit(LedgerFixtures.CHUANSHAN);
        long fgw = fixtures.unit(LedgerFixtures.FGW);
        for (String account : new String[] {"liaison", "leader"}) {
            RequestPostProcessor who = fixtures.as(account);
            expect(who, "/my-unit", 200);
            expect(who, "/units/" + chuanshan + "/tasks", 200);
            expect(who, "/units/" + fgw + "/tasks", 404);
            expect(who, "/plans/" + plan, 403);
            expect(who, "/plans/tasks/" + fixtures.seedTask(1).getId(), 200);
            expect(who, "/plans/tasks/" + fixtures.seedTask(3).getId(), 404);
            for (String url : exports(plan, "?unit=" + chuanshan)) {
                expect(who, url, 200);
            }
            for (String url : exports(plan, "?unit=" + fgw)) {
                expect(who, url, 404);
            }
            for (String url : exports(plan, "")) {
                expect(who, url, 403);
            }
        }
    }

    @Test
    void liaisonOfTheDevelopmentCommissionCannotOpenChuanshansPageOrLedger() throws Exception {
        long plan = fixtures.seedPlan();
        long chuanshan = fixtures.unit(LedgerFixtures.CHUANSHAN);
        RequestPostProcessor fgw = fixtures.as("liaison-fgw");
        expect(fgw, "/units/" + chuanshan + "/tasks", 404);
        for (String url : exports(plan, "?unit=" + chuanshan)) {
            expect(fgw, url, 404);
        }
        expect(fgw, "/plans/tasks/" + fixtures.seedTask(5).getId(), 200);
        expect(fgw, "/plans/tasks/" + fixtures.seedTask(3).getId(), 404);
    }

    @Test
    void administratorsHaveNoLedgerAccess() throws Exception {
        long plan = fixtures.seedPlan();
        long chuanshan = fixtures.unit(LedgerFixtures.CHUANSHAN);
        for (String role : new String[] {"SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"}) {
            RequestPostProcessor admin = user("admin-" + role).roles(role);
            for (String url : List.of("/plans/" + plan, "/plans/tasks/" + fixtures.seedTask(3).getId(),
                    "/units/" + chuanshan + "/tasks", "/my-unit")) {
                expect(admin, url, 403);
            }
            for (String url : exports(plan, "")) {
                expect(admin, url, 403);
            }
        }
    }

    @Test
    void cityLeaderHasNoUnitPageOfItsOwn() throws Exception {
        expect(fixtures.as("cityleader"), "/my-unit", 403);
    }
}

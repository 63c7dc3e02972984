package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.fazhi.attachment.Samples;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the office raises a rectification from a supervision order's page; the county's liaison
 * finds it in the inbox, reports with a PDF as evidence; the office sees the file and accepts — the item closes.
 */
@IntegrationTest
class RectificationJourneyIT {

    static final String PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;
    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    Orders orders;

    @Test
    void theOfficeRaisesARectificationTheLiaisonReportsWithEvidenceTheOfficeAccepts() throws Exception {
        AssignmentStatus a = fixtures.assignment(fixtures.plan2026(), SupervisionFixtures.CHUANSHAN);
        SupervisionOrder order = orders.issue(fixtures.user("coordinator"), new Orders.Draft(a.unitId(),
                List.of(a.id()), "逾期未报送", "书面说明", 5));
        String requirement = "建立执法案卷评查台账 " + UUID.randomUUID().toString().substring(0, 8);
        Path pdf = Files.createTempFile("整改佐证", ".pdf");
        Files.write(pdf, Samples.pdf());
        long id;
        try (Browser office = Browser.open(port)) {
            office.logIn("coordinator", PASSWORD);
            office.go("/supervision/orders/" + order.id());
            office.type(By.id("raise-requirement"), requirement);
            office.type(By.id("raise-days"), "10");
            office.click(By.id("raise-submit"));
            assertThat(office.waitForText("整改事项已提出")).contains(requirement).contains("待整改");
            id = Long.parseLong(office.url().replaceAll(".*/rectifications/(\\d+).*", "$1"));
        }
        try (Browser liaison = Browser.open(port)) {
            liaison.logIn("liaison", PASSWORD);
            liaison.click(By.cssSelector(".mainnav a[href='/inbox']"));
            assertThat(liaison.waitForText("整改通知")).contains(order.number());
            liaison.go("/supervision/rectifications/" + id);
            liaison.type(By.id("rectification-text"), "已建立台账并完成首轮评查");
            liaison.find(By.id("rectification-files")).sendKeys(pdf.toString());
            liaison.click(By.id("rectification-submit"));
            assertThat(liaison.waitForText("整改情况已报送")).contains("已报送待审核").contains(pdf.getFileName().toString());
        }
        try (Browser office = Browser.open(port)) {
            office.logIn("coordinator", PASSWORD);
            office.go("/supervision/rectifications?state=SUBMITTED");
            office.click(By.cssSelector("#rectification-" + id + " a"));
            assertThat(office.waitForText("已建立台账并完成首轮评查")).contains(pdf.getFileName().toString());
            office.type(By.id("review-comment"), "台账规范，同意办结");
            office.click(By.id("rectification-accept"));
            assertThat(office.waitForText("整改已通过")).contains("已通过（办结）").contains("台账规范，同意办结");
        }
        Files.deleteIfExists(pdf);
    }
}

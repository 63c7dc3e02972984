package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the office urges every red assignment of a plan; the county's liaison sees the unread
 * count and the urge in the inbox and marks it read; the office issues a supervision order, the liaison answers,
 * the office closes it.
 */
@IntegrationTest
class SupervisionJourneyIT {

    static final String PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;
    @Autowired
    SupervisionFixtures fixtures;

    @Test
    void theOfficeUrgesAndOrdersTheLiaisonReadsAndAnswersTheOfficeCloses() throws Exception {
        long plan = fixtures.plan2026();
        AssignmentStatus a = fixtures.assignment(plan, SupervisionFixtures.CHUANSHAN);
        String message = "请三日内报送 " + UUID.randomUUID().toString().substring(0, 8);
        String reason = "连续三个季度未报送 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser office = Browser.open(port)) {
            office.logIn("coordinator", PASSWORD);
            office.click(By.linkText("督办"));
            office.go("/supervision/plans/" + plan);
            assertThat(office.text(By.id("red-" + a.id()))).contains("加强行政执法监督");
            office.type(By.id("urge-red-message"), message);
            office.click(By.id("urge-red"));
            assertThat(office.waitForText("已催办")).doesNotContain("没有需要催办");
        }
        long orderId;
        try (Browser liaison = Browser.open(port)) {
            liaison.logIn("liaison", PASSWORD);
            assertThat(Integer.parseInt(liaison.text(By.id("unread-count")))).isPositive();
            liaison.click(By.cssSelector(".mainnav a[href='/inbox']"));
            assertThat(liaison.waitForText(message)).contains("催办（第1次）");
            long notice = fixtures.inbox("liaison", message).get(0).id();
            liaison.click(By.cssSelector("#notice-" + notice + " button"));
            liaison.waitForText("消息");
            assertThat(fixtures.inbox("liaison", message).get(0).unread()).isFalse();
        }
        try (Browser office = Browser.open(port)) {
            office.logIn("coordinator", PASSWORD);
            office.go("/supervision/orders/new?unit=" + a.unitId());
            office.click(By.id("order-assignment-" + a.id()));
            office.type(By.id("order-reason"), reason);
            office.type(By.id("order-requirement"), "书面说明逾期原因和整改措施");
            office.click(By.id("order-submit"));
            assertThat(office.waitForText("督办单已签发")).contains(reason).contains("待回复");
            orderId = Long.parseLong(office.url().replaceAll(".*/orders/(\\d+).*", "$1"));
        }
        try (Browser liaison = Browser.open(port)) {
            liaison.logIn("liaison", PASSWORD);
            liaison.go("/supervision/orders/" + orderId);
            liaison.type(By.id("response-text"), "已补报三个季度的进展并整改");
            liaison.click(By.id("respond"));
            assertThat(liaison.waitForText("已回复，协调办已收到")).contains("已补报三个季度的进展并整改");
        }
        try (Browser office = Browser.open(port)) {
            office.logIn("coordinator", PASSWORD);
            office.go("/supervision/orders/" + orderId);
            office.type(By.id("close-note"), "同意办结");
            office.click(By.id("close-order"));
            assertThat(office.waitForText("督办单已办结")).contains("已办结").contains("同意办结");
        }
    }
}

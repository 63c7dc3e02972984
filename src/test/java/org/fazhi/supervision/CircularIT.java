package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.progress.ReportStatus;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.supervision.internal.Circular;
import org.fazhi.supervision.internal.Circulars;
import org.fazhi.supervision.internal.NotificationKind;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 通报 on a known data set: two fresh units, one reported its first quarter, the other nothing. */
@IntegrationTest
class CircularIT {

    @Autowired
    UnitRegistration registration;
    @Autowired
    PlanImportService imports;
    @Autowired
    ProgressDirectory progress;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;
    @Autowired
    Circulars circulars;
    @Autowired
    Notifications notifications;
    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    MockMvc mvc;

    @Test
    void aCircularNamesTheBestTheLateAndTheSilentIsEditedPublishedAndExported() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String good = "市试点" + n + "局";
        String late = "市试点" + (n + 1) + "局";
        long goodId = registration.register(UnitKind.MUNICIPAL_DEPARTMENT, good).id();
        registration.register(UnitKind.MUNICIPAL_DEPARTMENT, late);
        String text = Notices.notice(Notices.docNumber(),
                "推进执法公示。(牵头单位:" + good + ";责任单位:" + late + ";完成时限:2026年12月31日前)").replace("2030", "2026");
        long plan = imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
        long assignment = progress.ofUnit(goodId).stream().filter(a -> a.planId() == plan).findFirst().orElseThrow().id();
        CurrentUser liaison = new CurrentUser(0, "liaison-" + n, "x", goodId, java.util.Set.of(Role.UNIT_LIAISON));
        signFor.sign(liaison, assignment);
        reporting.save(liaison, new Reporting.Draft(assignment, "2026-Q1", ReportStatus.IN_PROGRESS, null, "已公示",
                "", 30, true, null, null, List.of()));
        CurrentUser office = fixtures.user("coordinator");

        assertThatThrownBy(() -> circulars.draft(office, plan, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.supervision.circular.empty");

        Circular draft = circulars.draft(office, plan, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

        assertThat(draft.published()).isFalse();
        assertThat(draft.body().lines().toList()).containsExactly(
                "2026-01-01至2026-06-30，各责任单位应报送进展报告共2份。现将报送情况通报如下：",
                "一、按时报送、成效较好的单位", good + "。",
                "二、存在逾期未报送的单位", late + "（逾期1份）。",
                "三、本期未报送任何进展的单位", late + "。",
                "请被通报单位认真分析原因，立即补报并落实整改。");
        assertThatThrownBy(() -> circulars.one(fixtures.user("liaison"), draft.id()))
                .isInstanceOf(NotFoundException.class);

        Circular edited = circulars.edit(office, draft.id(), draft.version(), "关于上半年执法公示报送情况的通报",
                draft.body() + "\n特此通报。");
        Circular published = circulars.publish(office, draft.id(), edited.version(), Circular.Audience.ALL_UNITS);
        assertThat(published.published()).isTrue();
        assertThat(notifications.of("liaison", 10_000)).anyMatch(x -> x.kind() == NotificationKind.CIRCULAR
                && ("/supervision/circulars/" + draft.id()).equals(x.link()));
        assertThat(circulars.one(fixtures.user("liaison"), draft.id()).title()).isEqualTo("关于上半年执法公示报送情况的通报");
        assertThatThrownBy(() -> circulars.edit(office, draft.id(), published.version(), "改", "改"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.supervision.circular.published");

        byte[] docx = mvc.perform(get("/supervision/circulars/" + draft.id() + "/document.docx")
                .with(fixtures.as("cityleader"))).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .contains("关于上半年执法公示报送情况的通报", late + "（逾期1份）。", "特此通报。", "市委依法治市办");
        }
        assertThat(mvc.perform(get("/supervision/circulars/" + draft.id()).with(fixtures.as("liaison-fgw")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}

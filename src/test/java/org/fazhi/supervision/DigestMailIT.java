package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.fazhi.identity.AccountContact;
import org.fazhi.identity.AccountDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.TestAuth;
import org.fazhi.identity.internal.AccountAdministration;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.internal.DeliveryMode;
import org.fazhi.supervision.internal.DigestRun;
import org.fazhi.supervision.internal.ImmediateMail;
import org.fazhi.supervision.internal.Preferences;
import org.fazhi.supervision.internal.Urging;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily digest against a real SMTP server in-process (GreenMail), pointed at by the run's own settings so
 * the shared context is untouched: content on known days, silence when there is nothing to say, an SMTP
 * outage (nothing marked sent, retried next run), two instances at once (one e-mail), immediate delivery.
 * Each test has its own unit (with one 2026 task) and its own liaison with an e-mail address.
 */
@IntegrationTest
class DigestMailIT {

    @Autowired
    UnitRegistration registration;
    @Autowired
    PlanImportService imports;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    ProgressDirectory progress;
    @Autowired
    DigestRun digests;
    @Autowired
    ImmediateMail immediate;
    @Autowired
    Preferences preferences;
    @Autowired
    Urging urging;
    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.fazhi.supervision.internal.Orders orders;
    @Autowired
    org.fazhi.progress.internal.SignFor signFor;
    @Autowired
    org.fazhi.progress.internal.Reporting reporting;

    GreenMail smtp;
    String task;
    AssignmentStatus assignment;
    AccountContact liaison;

    @BeforeEach
    void setUp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String unit = "市试点" + n + "局";
        long unitId = registration.register(UnitKind.MUNICIPAL_DEPARTMENT, unit).id();
        task = "开展第" + n + "轮执法案卷评查";
        String text = Notices.notice(Notices.docNumber(), task + "。(牵头单位:" + unit + ";完成时限:2026年12月31日前)")
                .replace("2030", "2026");
        imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
        assignment = progress.ofUnit(unitId).get(0);
        String username = "digest" + n;
        TestAuth.runAs("admin", Role.SYSTEM_ADMIN, () -> administration.create("admin", username, "测试联络员",
                "Digest@2026pass", unitId, Role.UNIT_LIAISON, username + "@example.test"));
        liaison = accounts.byUsername(username).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    SupervisionProperties.Mail settings() {
        return new SupervisionProperties.Mail("127.0.0.1", smtp.getSmtp().getPort(), null, null, "fazhi@example.test",
                false);
    }

    List<MimeMessage> received() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(liaison.email());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theDigestOfAKnownDayListsWhatIsDueThatDayAndOnADayAfterWhatIsOverdueAndUrged() throws Exception {
        LocalDate firstDue = assignment.undeliveredDues().get(0);

        assertThat(digests.run(firstDue, settings(), List.of(liaison)).sent()).isEqualTo(1);
        MimeMessage dueDay = received().get(0);
        assertThat(dueDay.getSubject()).isEqualTo("法治政府建设工作平台每日提醒（" + firstDue + "）");
        String body = (String) dueDay.getContent();
        assertThat(body).startsWith("测试联络员，您好：").contains("【今日到期的报送】\n  - (一) " + task)
                .doesNotContain("【已逾期的报送】").doesNotContain("【新收到的催办、督办】");

        String message = "请于本周内补报 " + UUID.randomUUID();
        urging.urge(fixtures.user("coordinator"), List.of(assignment.id()), message);
        LocalDate today = progress.today();
        assertThat(digests.run(today, settings(), List.of(liaison)).sent()).isEqualTo(1);
        String later = (String) received().get(1).getContent();
        assertThat(later).contains("【已逾期的报送】\n  - (一) " + task + "（应于 " + firstDue + " 报送")
                .contains("【新收到的催办、督办】").contains(message).doesNotContain("【今日到期的报送】");
    }

    @Test
    void aUserWhoChoseEnglishGetsTheDigestInEnglish() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/inbox/preference")
                .param("mode", "DIGEST").param("language", "EN").with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.csrf()).with(fixtures.as(liaison.username())));
        assertThat(preferences.languageOf(liaison.username()))
                .isEqualTo(org.fazhi.supervision.internal.MailLanguage.EN);
        LocalDate firstDue = assignment.undeliveredDues().get(0);

        assertThat(digests.run(firstDue, settings(), List.of(liaison)).sent()).isEqualTo(1);
        MimeMessage mail = received().get(0);
        assertThat(mail.getSubject()).isEqualTo("Fazhi daily reminder (" + firstDue + ")");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).startsWith("Dear 测试联络员,")
                .contains("[Reports due today]\n  - (一) " + task).contains("This message was sent automatically.")
                .doesNotContain("您好").doesNotContain("【");
    }

    @Test
    void theOfficesDigestListsReportsWaitingForReviewAndAnsweredOrders() throws Exception {
        String username = "office" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        TestAuth.runAs("admin", Role.SYSTEM_ADMIN, () -> administration.create("admin", username, "协调办测试",
                "Digest@2026pass", null, Role.COORDINATOR, username + "@example.test"));
        AccountContact office = accounts.byUsername(username).orElseThrow();
        org.fazhi.supervision.internal.SupervisionOrder order = orders.issue(fixtures.user("coordinator"),
                new org.fazhi.supervision.internal.Orders.Draft(assignment.unitId(), List.of(assignment.id()), "逾期",
                        "说明", 5));
        orders.respond(liaisonUser(), order.id(), "已说明");
        signFor.sign(liaisonUser(), assignment.id());
        reporting.save(liaisonUser(), new org.fazhi.progress.internal.Reporting.Draft(assignment.id(), "2026-Q1",
                org.fazhi.progress.ReportStatus.IN_PROGRESS, null, "推进中", "", 50, true, null, null, List.of()));

        assertThat(digests.run(progress.today(), settings(), List.of(office)).sent()).isEqualTo(1);

        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(office.email());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat((String) mail.getContent()).contains("【待审核的进展报告】")
                .contains("【已回复待办结的督办单】\n  - " + order.number());
    }

    org.fazhi.identity.CurrentUser liaisonUser() {
        return fixtures.user(liaison.username());
    }

    @Test
    void aDayWithNothingToSaySendsNoMailAndClaimsNothing() {
        LocalDate quiet = LocalDate.of(2026, 1, 5);
        assertThat(assignment.undeliveredDues()).allMatch(d -> d.isAfter(quiet.plusDays(14)));

        DigestRun.Outcome outcome = digests.run(quiet, settings(), List.of(liaison));

        assertThat(outcome.sent()).isZero();
        assertThat(outcome.nothingToSay()).isEqualTo(1);
        assertThat(received()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from supervision_digest where username = ?", Integer.class,
                liaison.username())).isZero();
    }

    @Test
    void anSmtpOutageMarksNothingSentAndTheNextRunSendsItOnce() throws Exception {
        int port = smtp.getSmtp().getPort();
        SupervisionProperties.Mail settings = settings();
        smtp.stop();
        LocalDate today = progress.today();

        DigestRun.Outcome down = digests.run(today, settings, List.of(liaison));

        assertThat(down.sent()).isZero();
        assertThat(down.failed()).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("select sent_at, claimed_by, attempts, last_error from"
                + " supervision_digest where username = ? and day = ?", liaison.username(), today);
        assertThat(row.get("sent_at")).isNull();
        assertThat(row.get("claimed_by")).isNull();
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(digests.run(today, settings, List.of(liaison)).sent()).isEqualTo(1);
        assertThat(digests.run(today, settings, List.of(liaison)).sent()).isZero();
        assertThat(received()).hasSize(1);
        assertThat(jdbc.queryForObject("select sent_at is not null from supervision_digest where username = ?"
                + " and day = ?", Boolean.class, liaison.username(), today)).isTrue();
    }

    @Test
    void twoInstancesRunningAtOnceSendOneDigest() throws Exception {
        LocalDate today = progress.today();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DigestRun.Outcome>> runs = List.of(
                    pool.submit(() -> {
                        start.await();
                        return digests.run(today, settings(), List.of(liaison));
                    }),
                    pool.submit(() -> {
                        start.await();
                        return digests.run(today, settings(), List.of(liaison));
                    }));
            start.countDown();
            int sent = 0;
            for (Future<DigestRun.Outcome> run : runs) {
                sent += run.get().sent();
            }
            assertThat(sent).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(received()).hasSize(1);
    }

    @Test
    void immediateDeliveryMailsEachMessageOnceAndTheDigestThenListsDuesOnly() throws Exception {
        preferences.choose(liaison.username(), DeliveryMode.IMMEDIATE);
        String message = "即时催办 " + UUID.randomUUID();
        urging.urge(fixtures.user("coordinator"), List.of(assignment.id()), message);

        immediate.run(settings());
        immediate.run(settings());

        List<MimeMessage> mails = received();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("催办（第1次）");
        assertThat((String) mails.get(0).getContent()).contains(message);

        digests.run(progress.today(), settings(), List.of(liaison));
        assertThat((String) received().get(1).getContent()).contains("【已逾期的报送】").doesNotContain(message);
    }
}

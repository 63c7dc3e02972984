package org.fazhi.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.fazhi.plan.PlanProperties;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start (no plan yet) imports the bundled Suining 2021 notice (遂府办函〔2021〕35号) as a demo
 * plan, so a newcomer sees a real ledger at once. Off with {@code FAZHI_DEMO_PLAN=false}. Runs once the
 * application is ready, i.e. after the unit registry has been seeded. Several instances starting at once on an
 * empty database import it once: the check and the import run in one transaction under {@link FirstStartLock}.
 */
@Component
class DemoPlanSeeder {

    static final String SEED = "plans/suining-2021-rule-of-law-plan.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoPlanSeeder.class);

    private final PlanProperties properties;
    private final Plans plans;
    private final PlanImportService imports;
    private final FirstStartLock lock;
    private final TransactionTemplate transactions;

    DemoPlanSeeder(PlanProperties properties, Plans plans, PlanImportService imports, FirstStartLock lock,
                   PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.plans = plans;
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() throws IOException {
        if (!properties.demoPlan() || plans.count() > 0) {
            return;
        }
        byte[] content;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            content = in.readAllBytes();
        }
        transactions.executeWithoutResult(status -> {
            lock.hold("plan.demo");
            if (plans.count() > 0) {
                return;
            }
            try {
                long id = imports.save(content, "suining-2021-rule-of-law-plan.txt", Map.of(), "system");
                log.info("Imported the demo plan 遂府办函〔2021〕35号 as plan {}", id);
            } catch (DomainException e) {
                status.setRollbackOnly();
                log.warn("The demo plan could not be imported: {}", e.getMessage());
            }
        });
    }
}

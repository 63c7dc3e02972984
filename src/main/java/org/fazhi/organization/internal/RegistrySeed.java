package org.fazhi.organization.internal;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds Suining's units and the collective terms on the first start, when the registry is empty.
 *
 * <p>An idempotent runner rather than a Flyway data migration: the seed goes through {@link UnitRegistry},
 * so its names are normalised by the same {@link org.fazhi.organization.NameNormalizer} and checked by the
 * same one-namespace rule as names typed by an administrator (a SQL seed would have to repeat the
 * normalisation by hand), and the seed stays a readable data file. It runs only while the tables are
 * empty, so it never fights an administrator's later edits; the cost on later starts is two counts.
 */
@Component
class RegistrySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistrySeed.class);

    private final Units units;
    private final CollectiveTerms terms;
    private final UnitRegistry registry;
    private final NameIndexHolder index;

    RegistrySeed(Units units, CollectiveTerms terms, UnitRegistry registry, NameIndexHolder index) {
        this.units = units;
        this.terms = terms;
        this.registry = registry;
        this.index = index;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (terms.count() == 0) {
            int order = 0;
            for (NameIndex.Term term : SeedFile.terms()) {
                terms.save(new CollectiveTerm(term.term(), term.scope(), order += 10));
            }
            index.invalidate();
        }
        if (units.count() == 0) {
            Map<String, Long> ids = new HashMap<>();
            for (SeedFile.SeedUnit u : SeedFile.units()) {
                Long parent = u.parent() == null ? null : ids.get(u.parent());
                long id = registry.create(new NewUnit(u.kind(), u.fullName(), u.shortName(), u.aliases(), parent)).id();
                ids.put(u.fullName(), id);
            }
            log.info("Seeded the unit registry with {} units", ids.size());
        }
    }
}

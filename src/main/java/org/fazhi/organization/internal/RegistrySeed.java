package org.fazhi.organization.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds Suining's units and the collective terms on the first start, when the registry is empty.
 *
 * <p>An idempotent runner rather than a Flyway data migration: the seed goes through {@link UnitRegistry},
 * so its names are normalised by the same {@link org.fazhi.organization.NameNormalizer} and checked by the
 * same one-namespace rule as names typed by an administrator (a SQL seed would have to repeat the
 * normalisation by hand), and the seed stays a readable data file. It runs only while the tables are
 * empty, so it never fights an administrator's later edits; the cost on later starts is two counts (plain
 * JDBC, so that under lazy initialization the registry's beans are only created when first used).
 */
@Component
class RegistrySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistrySeed.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<CollectiveTerms> terms;
    private final ObjectProvider<UnitRegistry> registry;
    private final ObjectProvider<NameIndexHolder> index;
    private final FirstStartLock lock;

    RegistrySeed(JdbcTemplate jdbc, ObjectProvider<CollectiveTerms> terms, ObjectProvider<UnitRegistry> registry,
                 ObjectProvider<NameIndexHolder> index, FirstStartLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.terms = terms;
        this.registry = registry;
        this.index = index;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.hold("organization.seed");
        if (empty("org_collective_term")) {
            int order = 0;
            for (NameIndex.Term term : SeedFile.terms()) {
                terms.getObject().save(new CollectiveTerm(term.term(), term.scope(), order += 10));
            }
            index.getObject().invalidate();
        }
        if (empty("org_unit")) {
            List<SeedFile.SeedUnit> seed = SeedFile.units();
            List<UnitView> created = registry.getObject().createAll(seed.stream()
                    .map(u -> new NewUnit(u.kind(), u.fullName(), u.shortName(), u.aliases(), null)).toList());
            Map<String, Long> ids = new HashMap<>();
            created.forEach(u -> ids.put(u.fullName(), u.id()));
            seed.stream().filter(u -> u.parent() != null).forEach(u -> registry.getObject()
                    .changeKindAndParent(ids.get(u.fullName()), u.kind(), ids.get(u.parent())));
            log.info("Seeded the unit registry with {} units", created.size());
        }
    }

    private boolean empty(String table) {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + table + ")", Boolean.class));
    }
}

package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.fazhi.organization.internal.NameType;
import org.fazhi.organization.internal.NewUnit;
import org.fazhi.organization.internal.SeedFile;
import org.fazhi.organization.internal.UnitName;
import org.fazhi.organization.internal.UnitRegistry;
import org.fazhi.platform.DomainException;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class UnitRegistryIT {

    @Autowired
    UnitRegistry registry;

    @Autowired
    UnitDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PlatformTransactionManager transactions;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private UnitView add(String fullName, String shortName, String... aliases) {
        return registry.create(new NewUnit(UnitKind.MUNICIPAL_DEPARTMENT, fullName, shortName, List.of(aliases), null));
    }

    @Test
    void seededRegistryResolvesEveryUnitOfTheSeedFile() {
        SeedFile.units().forEach(u -> assertThat(directory.resolve(u.fullName()))
                .as(u.fullName()).isInstanceOf(NameResolution.Resolved.class));
        assertThat(directory.byKind(UnitKind.COUNTY_GOVERNMENT)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(directory.resolve("各县（市、区）人民政府")).isInstanceOfSatisfying(NameResolution.Collective.class,
                c -> assertThat(c.expandsTo()).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void storedNormalisedFormsMatchTheJavaNormaliser() {
        jdbc.query("select name, normalized from org_unit_name", rs -> {
            assertThat(rs.getString(2)).isEqualTo(NameNormalizer.normalize(rs.getString(1)));
        });
    }

    @Test
    void addedUnitResolvesByEveryNameAndIsAnnounced() {
        String full = unique("遂宁市测试局");
        String alias = unique("测试别名");
        UnitView unit = add(full, unique("市测试局"), alias);
        assertThat(directory.resolve(" " + alias + " ")).isEqualTo(new NameResolution.Resolved(" " + alias + " ", unit.id(), full));
        assertThat(directory.find(unit.id())).contains(unit);
        assertThat(events.stream(UnitCreated.class)).contains(new UnitCreated(unit.id(), UnitKind.MUNICIPAL_DEPARTMENT, full));
    }

    @Test
    void renameKeepsTheOldNameAsAnAlias() {
        String old = unique("遂宁市旧名局");
        String renamed = unique("遂宁市新名局");
        UnitView unit = add(old, null);
        registry.rename(unit.id(), renamed);
        assertThat(directory.find(unit.id()).orElseThrow().fullName()).isEqualTo(renamed);
        assertThat(directory.resolve(old)).isInstanceOfSatisfying(NameResolution.Resolved.class,
                r -> assertThat(r.unitId()).isEqualTo(unit.id()));
        assertThat(registry.namesOf(unit.id())).extracting(UnitName::getName, UnitName::getType)
                .contains(org.assertj.core.groups.Tuple.tuple(old, NameType.ALIAS),
                        org.assertj.core.groups.Tuple.tuple(renamed, NameType.FULL));
        assertThat(events.stream(UnitRenamed.class)).contains(new UnitRenamed(unit.id(), old, renamed));
    }

    @Test
    void aliasUsedByAnotherUnitIsRefusedAndNotStored() {
        UnitView first = add(unique("遂宁市甲局"), null);
        UnitView second = add(unique("遂宁市乙局"), null);
        String alias = unique("共用简称");
        registry.addAlias(first.id(), alias);
        assertThatThrownBy(() -> registry.addAlias(second.id(), "　" + alias.replace("共用", "共 用")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.org.name.taken"));
        assertThat(registry.namesOf(second.id())).hasSize(1);
    }

    @Test
    void databaseRefusesTwoNamesWithTheSameNormalisedForm() {
        UnitView unit = add(unique("遂宁市索引测试局"), null);
        String alias = unique("索引别名");
        registry.addAlias(unit.id(), alias);
        assertThatThrownBy(() -> jdbc.update("insert into org_unit_name (unit_id, name, normalized, type) values (?, ?, ?, 'ALIAS')",
                unit.id(), alias + " ", NameNormalizer.normalize(alias)))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void aliasThatIsACollectiveTermIsRefused() {
        UnitView unit = add(unique("遂宁市丙局"), null);
        assertThatThrownBy(() -> registry.addAlias(unit.id(), "市直各部门"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.org.name.collective"));
    }

    @Test
    void aliasDifferingOnlyByPeopleIsTheSameName() {
        String base = unique("测试");
        UnitView unit = registry.create(new NewUnit(UnitKind.COUNTY_GOVERNMENT, base + "县人民政府", null, List.of(), null));
        assertThatThrownBy(() -> registry.addAlias(unit.id(), base + "县政府"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.org.name.own"));
    }

    @Test
    void mergeMovesNamesToTheTargetAndAnnouncesItInTheTransaction() {
        String mergedName = unique("遂宁市并入前局");
        String mergedAlias = unique("并入前简称");
        UnitView merged = add(mergedName, null, mergedAlias);
        UnitView into = add(unique("遂宁市并入后局"), null);
        UnitView child = registry.create(new NewUnit(UnitKind.OTHER, unique("下属中心"), null, List.of(), merged.id()));
        registry.merge(merged.id(), into.id());

        assertThat(directory.resolve(mergedName)).isInstanceOfSatisfying(NameResolution.Resolved.class,
                r -> assertThat(r.unitId()).isEqualTo(into.id()));
        assertThat(directory.resolve(mergedAlias)).isInstanceOfSatisfying(NameResolution.Resolved.class,
                r -> assertThat(r.unitId()).isEqualTo(into.id()));
        assertThat(directory.find(merged.id()).orElseThrow().active()).isFalse();
        assertThat(directory.successorOf(merged.id())).isEqualTo(into.id());
        assertThat(directory.find(child.id()).orElseThrow().parentId()).isEqualTo(into.id());
        assertThat(directory.activeUnits()).extracting(UnitView::id).doesNotContain(merged.id());
        assertThat(events.stream(UnitsMerged.class)).containsExactly(new UnitsMerged(merged.id(), into.id()));
    }

    @Test
    void mergedUnitCannotBeMergedOrGivenNamesAgain() {
        UnitView merged = add(unique("遂宁市已并局"), null);
        UnitView into = add(unique("遂宁市承接局"), null);
        registry.merge(merged.id(), into.id());
        assertThatThrownBy(() -> registry.merge(merged.id(), into.id())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> registry.addAlias(merged.id(), unique("迟到别名"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> registry.merge(into.id(), into.id())).isInstanceOf(DomainException.class);
    }

    @Test
    void mergeRolledBackWithItsTransactionLeavesEverythingAsItWas() {
        String mergedName = unique("遂宁市回滚前局");
        UnitView merged = add(mergedName, null);
        UnitView into = add(unique("遂宁市回滚后局"), null);
        String username = unique("org-rollback-");
        jdbc.update("insert into identity_account (username, display_name, password_hash, unit_id) values (?, ?, ?, ?)",
                username, username, "{noop}x", merged.id());
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            registry.merge(merged.id(), into.id());
            assertThat(events.stream(UnitsMerged.class)).contains(new UnitsMerged(merged.id(), into.id()));
            tx.setRollbackOnly(); // what a listener that throws does to the merge
        });
        assertThat(directory.find(merged.id()).orElseThrow().active()).isTrue();
        assertThat(jdbc.queryForObject("select unit_id from identity_account where username = ?", Long.class, username))
                .isEqualTo(merged.id());
        jdbc.update("delete from identity_account where username = ?", username);
        assertThat(directory.resolve(mergedName)).isInstanceOfSatisfying(NameResolution.Resolved.class,
                r -> assertThat(r.unitId()).isEqualTo(merged.id()));
    }

    @Test
    void accountOfAMergedUnitMovesToTheTargetInTheMergeTransaction() {
        UnitView merged = add(unique("遂宁市账号前局"), null);
        UnitView into = add(unique("遂宁市账号后局"), null);
        String username = unique("org-merge-");
        jdbc.update("insert into identity_account (username, display_name, password_hash, unit_id) values (?, ?, ?, ?)",
                username, username, "{noop}x", merged.id());
        registry.merge(merged.id(), into.id());
        Long unitId = jdbc.queryForObject("select unit_id from identity_account where username = ?", Long.class, username);
        assertThat(unitId).isEqualTo(into.id()); // moved by identity's UnitsMerged listener
        assertThat(directory.successorOf(merged.id())).isEqualTo(into.id());
        jdbc.update("delete from identity_account where username = ?", username);
    }

    @Test
    void bulkCreationIsOnlyForTheEmptyRegistryOfTheFirstStart() {
        assertThatThrownBy(() -> registry.createAll(List.of(new NewUnit(UnitKind.OTHER, unique("批量"), null, List.of(),
                null)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unknownNameResolvesToUnknown() {
        String written = unique("不存在的单位");
        assertThat(directory.resolve(written)).isInstanceOf(NameResolution.Unknown.class);
    }
}

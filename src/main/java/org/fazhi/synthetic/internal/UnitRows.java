package org.fazhi.synthetic.internal;

import java.sql.SQLException;
import java.util.List;
import org.fazhi.organization.NameNormalizer;
import org.fazhi.organization.UnitKind;
import org.fazhi.synthetic.TableCount;
import org.postgresql.copy.CopyManager;

/**
 * The synthetic cities' units ({@code org_unit}) and their full names in the one name namespace
 * ({@code org_unit_name}, normalised by the organization module's own {@link NameNormalizer}). A city's units
 * hang under its government office; they get no short names (市司法局 is already the seeded city's).
 */
final class UnitRows {

    private final CopyManager copy;
    private final List<SeedUnit> seed;
    private final boolean allOther;

    UnitRows(CopyManager copy, List<SeedUnit> seed, boolean allOther) {
        this.copy = copy;
        this.seed = seed;
        this.allOther = allOther;
    }

    TableCount units(List<City> cities) throws SQLException {
        CopyRow row = new CopyRow();
        try (CopyStream out = new CopyStream(copy, "org_unit", "id, kind, parent_id, full_name, sort_order")) {
            int order = 100_000;
            for (City city : cities) {
                if (city.isSeeded()) {
                    continue;
                }
                int office = officeIndex();
                int counties = 0;
                for (SeedUnit unit : seed) {
                    String name = city.unitName(unit, counties);
                    if (unit.kind() == UnitKind.COUNTY_GOVERNMENT) {
                        counties++;
                    }
                    out.write(row.number(city.unitId(unit.index()))
                            .text((allOther ? UnitKind.OTHER : unit.kind()).name())
                            .number(unit.index() == office ? null : Long.valueOf(city.unitId(office)))
                            .text(name).number(order += 10).end());
                }
            }
            return out.finish();
        }
    }

    TableCount names(List<City> cities, long base) throws SQLException {
        CopyRow row = new CopyRow();
        long id = base;
        try (CopyStream out = new CopyStream(copy, "org_unit_name", "id, unit_id, name, normalized, type")) {
            for (City city : cities) {
                if (city.isSeeded()) {
                    continue;
                }
                int counties = 0;
                for (SeedUnit unit : seed) {
                    String name = city.unitName(unit, counties);
                    if (unit.kind() == UnitKind.COUNTY_GOVERNMENT) {
                        counties++;
                    }
                    out.write(row.number(id++).number(city.unitId(unit.index())).text(name)
                            .text(NameNormalizer.normalize(name)).text("FULL").end());
                }
            }
            return out.finish();
        }
    }

    private int officeIndex() {
        return seed.stream().filter(u -> u.kind() == UnitKind.GOVERNMENT_OFFICE).mapToInt(SeedUnit::index)
                .findFirst().orElse(0);
    }
}

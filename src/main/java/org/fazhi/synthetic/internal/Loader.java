package org.fazhi.synthetic.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitsLoaded;
import org.fazhi.synthetic.Scale;
import org.fazhi.synthetic.SyntheticData;
import org.fazhi.synthetic.TableCount;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one run: the synthetic cities' units and names, then every plan with its sections, tasks,
 * responsibilities and history, the plans' reporting settings, the assignments, report versions and decisions
 * — each table in one COPY, all of them in one transaction on one connection (a failure rolls everything back).
 * Ids come from the tables' own sequences (read before, set past the last id after), so the application's
 * later inserts do not collide; the run should not overlap with other writers to the same tables.
 */
@Component
class Loader implements SyntheticData {

    static final String[] TABLES = {"org_unit", "org_unit_name", "plan_plan", "plan_section", "plan_task",
            "plan_responsibility", "plan_task_change", "progress_plan_setting", "progress_assignment",
            "progress_report", "progress_decision"};

    private final DataSource dataSource;
    private final UnitDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Loader(DataSource dataSource, UnitDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Result generate(Scale scale, long seed, int yearCount) {
        if (yearCount < 1 || yearCount > 10) {
            throw new IllegalArgumentException("--years must be between 1 and 10");
        }
        long started = System.nanoTime();
        Template template = Template.load(directory);
        if (scale.seededCity() && template.sections().stream().flatMap(s -> s.tasks().stream())
                .allMatch(t -> t.refs().isEmpty())) {
            throw new Refused("the seeded city's units (遂宁) are not in the unit registry");
        }
        int last = LocalDate.now(clock).getYear() - 1;
        List<Integer> years = new ArrayList<>();
        for (int y = last - yearCount + 1; y <= last; y++) {
            years.add(y);
        }
        List<TableCount> counts = new ArrayList<>();
        int units = 0;
        try (Connection con = dataSource.getConnection()) {
            boolean autoCommit = con.getAutoCommit();
            con.setAutoCommit(false);
            try {
                CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
                List<String> names = cityNames(scale, seed);
                refuseTwice(con, scale, names, years.get(0));
                long unitBase = nextId(con, "org_unit");
                List<City> cities = new ArrayList<>();
                if (scale.seededCity()) {
                    cities.add(City.seeded());
                }
                int perCity = template.seedUnits().size();
                for (int i = 0; i < names.size(); i++) {
                    cities.add(City.synthetic(names.get(i), unitBase + (long) i * perCity, perCity));
                }
                units = names.size() * perCity;
                UnitRows unitRows = new UnitRows(copy, template.seedUnits(), scale == Scale.TINY);
                counts.add(unitRows.units(cities));
                setLast(con, "org_unit", unitBase, units);
                long nameBase = nextId(con, "org_unit_name");
                counts.add(unitRows.names(cities, nameBase));
                setLast(con, "org_unit_name", nameBase, units);
                PlanWalk.Bases bases = new PlanWalk.Bases(nextId(con, "plan_plan"), nextId(con, "plan_section"),
                        nextId(con, "plan_task"), nextId(con, "plan_responsibility"),
                        nextId(con, "progress_assignment"));
                PlanWalk walk = new PlanWalk(template, cities, years, bases);
                PlanRows plans = new PlanRows(copy, template, walk);
                counts.add(setLast(con, plans.plans(), bases.plan()));
                counts.add(setLast(con, plans.sections(), bases.section()));
                counts.add(setLast(con, plans.tasks(), bases.task()));
                counts.add(setLast(con, plans.responsibilities(), bases.responsibility()));
                long changeBase = nextId(con, "plan_task_change");
                counts.add(setLast(con, plans.changes(changeBase), changeBase));
                ProgressRows progress = new ProgressRows(copy, walk, seed);
                counts.add(progress.settings());
                counts.add(setLast(con, progress.assignments(), bases.assignment()));
                long reportBase = nextId(con, "progress_report");
                counts.add(setLast(con, progress.reports(reportBase), reportBase));
                long decisionBase = nextId(con, "progress_decision");
                counts.add(setLast(con, progress.decisions(reportBase, decisionBase), decisionBase));
                con.commit();
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            } finally {
                con.setAutoCommit(autoCommit);
            }
            analyse(con);
        } catch (SQLException e) {
            throw new IllegalStateException("the database refused the rows (rolled back): " + e.getMessage(), e);
        }
        if (units > 0) {
            events.publishEvent(new UnitsLoaded(units));
        }
        return new Result(scale, seed, List.copyOf(years), List.copyOf(counts),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<String> cityNames(Scale scale, long seed) {
        if (scale == Scale.TINY) {
            String tag = "合成" + Math.floorMod(seed, 1_000_000_000L);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < scale.syntheticCities(); i++) {
                names.add(tag + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10));
            }
            return names;
        }
        return City.names(scale.syntheticCities(), seed);
    }

    private static void refuseTwice(Connection con, Scale scale, List<String> names, int firstYear) throws SQLException {
        City first = scale.seededCity() ? City.seeded() : City.synthetic(names.get(0), 0, 0);
        String doc = first.docNumber(firstYear);
        try (PreparedStatement st = con.prepareStatement("select exists (select 1 from plan_plan where doc_number = ?)")) {
            st.setString(1, doc);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new Refused("generated data is already in this database (plan " + doc
                            + " exists); use a fresh FAZHI_HOME or database");
                }
            }
        }
    }

    private static long nextId(Connection con, String table) throws SQLException {
        try (Statement st = con.createStatement();
             ResultSet rs = st.executeQuery("select nextval(pg_get_serial_sequence('" + table + "', 'id'))")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves the table's sequence past the {@code rows} ids used from {@code base}. */
    private static void setLast(Connection con, String table, long base, long rows) throws SQLException {
        if (rows == 0) {
            return;
        }
        try (Statement st = con.createStatement()) {
            st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + (base + rows - 1) + ")");
        }
    }

    private static TableCount setLast(Connection con, TableCount count, long base) throws SQLException {
        setLast(con, count.table(), base, count.rows());
        return count;
    }

    private static void analyse(Connection con) throws SQLException {
        try (Statement st = con.createStatement()) {
            for (String table : TABLES) {
                st.execute("analyze " + table);
            }
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.fazhi.synthetic.internal;

import java.sql.SQLException;
import java.util.List;

/**
 * Walks every generated plan, section, task, responsibility and assignment in one fixed order and gives each
 * its id (the table's first free id plus its ordinal), so each table can be written in a pass of its own and
 * still refer to the ids of the others without holding them in memory.
 */
final class PlanWalk {

    /** First ids, taken from the tables' sequences. */
    record Bases(long plan, long section, long task, long responsibility, long assignment) {
    }

    record PlanAt(City city, int year, boolean newest, long planId) {
    }

    interface Visitor {

        default void plan(PlanAt plan) throws SQLException {
        }

        default void section(PlanAt plan, Template.Section section, long sectionId) throws SQLException {
        }

        default void task(PlanAt plan, long sectionId, Template.Task task, long taskId) throws SQLException {
        }

        default void responsibility(PlanAt plan, long taskId, Template.Ref ref, Long unitId, int position, long id)
                throws SQLException {
        }

        default void assignment(PlanAt plan, Template.Task task, long taskId, Template.Ref ref, long unitId, long id,
                                long ordinal) throws SQLException {
        }
    }

    private final Template template;
    private final List<City> cities;
    private final List<Integer> years;
    private final Bases bases;

    PlanWalk(Template template, List<City> cities, List<Integer> years, Bases bases) {
        this.template = template;
        this.cities = cities;
        this.years = years;
        this.bases = bases;
    }

    Bases bases() {
        return bases;
    }

    void walk(Visitor visitor) throws SQLException {
        long plans = 0;
        long sections = 0;
        long tasks = 0;
        long responsibilities = 0;
        long assignments = 0;
        int newest = years.get(years.size() - 1);
        for (City city : cities) {
            for (int year : years) {
                PlanAt plan = new PlanAt(city, year, year == newest, bases.plan() + plans++);
                visitor.plan(plan);
                for (Template.Section section : template.sections()) {
                    long sectionId = bases.section() + sections++;
                    visitor.section(plan, section, sectionId);
                    for (Template.Task task : section.tasks()) {
                        long taskId = bases.task() + tasks++;
                        visitor.task(plan, sectionId, task, taskId);
                        int position = 0;
                        for (Template.Ref ref : task.refs()) {
                            Long unitId = city.unitFor(ref);
                            if (unitId == null && !ref.toDesignate()) {
                                continue;
                            }
                            visitor.responsibility(plan, taskId, ref, unitId, position++,
                                    bases.responsibility() + responsibilities++);
                            if (unitId != null) {
                                long ordinal = assignments++;
                                visitor.assignment(plan, task, taskId, ref, unitId, bases.assignment() + ordinal,
                                        ordinal);
                            }
                        }
                    }
                }
            }
        }
    }
}

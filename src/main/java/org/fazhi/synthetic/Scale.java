package org.fazhi.synthetic;

/**
 * How much synthetic data to generate.
 *
 * <ul>
 *   <li>{@code CITY}: the seeded city (遂宁) alone — its registered units, five yearly plans modelled on the
 *       bundled 2021 notice, assignments and quarterly reports; the demo accounts then see full pages;</li>
 *   <li>{@code PROVINCE}: the same plus 199 synthetic cities, each with ~40 units and the same plans and
 *       reports — millions of rows;</li>
 *   <li>{@code TINY}: two synthetic cities and one year, whose units are all of kind OTHER so no collective
 *       term (市直各部门 …) expands to them — for tests sharing a database.</li>
 * </ul>
 */
public enum Scale {
    CITY(true, 0, 5), PROVINCE(true, 199, 5), TINY(false, 2, 1);

    private final boolean seededCity;
    private final int syntheticCities;
    private final int defaultYears;

    Scale(boolean seededCity, int syntheticCities, int defaultYears) {
        this.seededCity = seededCity;
        this.syntheticCities = syntheticCities;
        this.defaultYears = defaultYears;
    }

    public boolean seededCity() {
        return seededCity;
    }

    public int syntheticCities() {
        return syntheticCities;
    }

    public int defaultYears() {
        return defaultYears;
    }
}

package org.fazhi.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fazhi.organization.UnitKind;

/**
 * A city whose plans are generated: the seeded city (遂宁, its registered units) or a synthetic one with a
 * counterpart for each seed unit ("遂宁市司法局" → "青川市司法局"; the counties get district names).
 */
final class City {

    /** The running number of every generated notice (the real 2021 notice is 35号, so none collides with it). */
    static final String NUMBER = "36号";
    private static final String[] FIRST = {"青", "云", "临", "安", "丰", "兴", "永", "长", "清", "白", "金", "玉",
            "平", "宁", "华", "嘉", "乐", "通", "广", "东", "西", "南", "北", "新", "松", "桂", "泰", "恒"};
    private static final String[] SECOND = {"川", "阳", "山", "河", "州", "原", "林", "江", "城", "峰", "溪",
            "泉", "湖", "源", "岭", "陵"};
    private static final String[] DISTRICTS = {"东城区", "西城区", "南山区", "北湖区", "新城区", "高坪区", "江北区"};

    private final String name;
    private final boolean seeded;
    private final long[] unitIds;

    private City(String name, boolean seeded, long[] unitIds) {
        this.name = name;
        this.seeded = seeded;
        this.unitIds = unitIds;
    }

    static City seeded() {
        return new City(Template.CITY, true, new long[0]);
    }

    static City synthetic(String name, long firstUnitId, int units) {
        long[] ids = new long[units];
        for (int i = 0; i < units; i++) {
            ids[i] = firstUnitId + i;
        }
        return new City(name, false, ids);
    }

    /** {@code count} distinct two-character city names, shuffled by {@code seed}; never 遂宁. */
    static List<String> names(int count, long seed) {
        List<String> all = new ArrayList<>();
        for (String a : FIRST) {
            for (String b : SECOND) {
                if (!(a + b).equals(Template.CITY)) {
                    all.add(a + b);
                }
            }
        }
        if (count > all.size()) {
            throw new IllegalArgumentException("at most " + all.size() + " synthetic cities");
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            all.set(i, all.set(j, all.get(i)));
        }
        return List.copyOf(all.subList(0, count));
    }

    /** The full name of this city's counterpart of a seed unit. */
    String unitName(SeedUnit seed, int countyNumber) {
        if (seed.kind() == UnitKind.COUNTY_GOVERNMENT) {
            return name + "市" + DISTRICTS[countyNumber % DISTRICTS.length] + "人民政府";
        }
        return seed.fullName().contains(Template.CITY) ? seed.fullName().replace(Template.CITY, name)
                : name + "市" + seed.fullName();
    }

    /** The unit of a template responsibility in this city, or {@code null} when it has none. */
    Long unitFor(Template.Ref ref) {
        if (seeded) {
            return ref.unitId();
        }
        return ref.seedIndex() < 0 ? null : unitIds[ref.seedIndex()];
    }

    long unitId(int seedIndex) {
        return unitIds[seedIndex];
    }

    String docNumber(int year) {
        return docPrefix() + "〔" + year + "〕" + NUMBER;
    }

    /** Template text rewritten for this city and year. */
    String rewrite(String text, int year) {
        if (text == null) {
            return null;
        }
        return text.replace(Template.DOC_NUMBER, docNumber(year)).replace(Template.ISSUED_TEXT, year + "年3月1日")
                .replace(Template.CITY, name)
                .replace(Template.YEAR + "年", year + "年");
    }

    LocalDate shift(LocalDate date, int year) {
        return date == null ? null : date.plusYears(year - Template.YEAR);
    }

    String name() {
        return name;
    }

    boolean isSeeded() {
        return seeded;
    }

    private String docPrefix() {
        return seeded ? "遂府办函" : name + "府办函";
    }
}

package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * 政府信息公开工作年度报告 statistics, built straight from the requests (pure): 第三部分 收到和处理政府信息
 * 公开申请情况 and 第四部分 政府信息公开行政复议、行政诉讼情况 in the unified format (国办公开办函〔2021〕30号),
 * for a year. Voided requests are left out. A request counts as new in the year it was received (第三十一条),
 * carried over when received earlier and not closed by 1 January, handled in the year it was closed, and
 * carried into next year when still open on 31 December. 第四部分 counts the requests closed in the year
 * whose reconsideration or lawsuit has been recorded; a lawsuit recorded together with a reconsideration
 * counts as 复议后起诉.
 *
 * @param year  the report year
 * @param rows  第三部分: rows by requester type (columns {@link #COLUMNS}, the last is 总计)
 * @param review 第四部分: 15 figures — 行政复议 (维持, 纠正, 其他, 尚未审结, 总计), 未经复议直接起诉 (same five),
 *              复议后起诉 (same five)
 */
public record AnnualReport(int year, List<Row> rows, int[] review) {

    /** Column order of 第三部分; index 6 is the total. */
    public static final List<RequesterType> COLUMNS = List.of(RequesterType.values());

    /**
     * One row.
     *
     * @param key    stable key; the label is {@code disclosure.report.row.<key>}
     * @param level  0 = 一、二、四, 1 = (一)…(七), 2 = numbered sub-row
     * @param number the sub-row's number (1…8), 0 otherwise
     * @param counts 7 figures: the six requester types, then the total
     */
    public record Row(String key, int level, int number, int[] counts) {

        public int total() {
            return counts[COLUMNS.size()];
        }
    }

    /** Builds the report for {@code year} from {@code requests}. */
    public static AnnualReport of(int year, Collection<DisclosureRequest> requests) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<DisclosureRequest> counted = requests.stream().filter(r -> r.getStatus() != Status.VOIDED).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(row("new", 0, 0, counted, r -> year == r.getReceivedOn().getYear()));
        rows.add(row("carriedIn", 0, 0, counted, r -> r.getReceivedOn().isBefore(first) && openOn(r, first)));
        rows.add(new Row("results", 0, 0, null));
        for (Outcome.Group group : Outcome.Group.values()) {
            rows.add(row("group." + group, 1, 0, counted, r -> closedIn(r, year) && r.getOutcome().group() == group));
            for (Outcome outcome : Outcome.values()) {
                if (outcome.group() == group && outcome.item() > 0) {
                    rows.add(row("outcome." + outcome, 2, outcome.item(), counted,
                            r -> closedIn(r, year) && r.getOutcome() == outcome));
                }
            }
        }
        rows.add(row("resultsTotal", 1, 0, counted, r -> closedIn(r, year)));
        rows.add(row("carriedOut", 0, 0, counted, r -> !r.getReceivedOn().isAfter(last) && openOn(r, last.plusDays(1))));
        return new AnnualReport(year, rows, review(year, counted));
    }

    private static boolean closedIn(DisclosureRequest r, int year) {
        return r.getStatus() == Status.CLOSED && r.getClosedOn().getYear() == year;
    }

    /** Not yet closed at the start of {@code day}. */
    private static boolean openOn(DisclosureRequest r, LocalDate day) {
        return r.getStatus() != Status.CLOSED || !r.getClosedOn().isBefore(day);
    }

    private static Row row(String key, int level, int number, List<DisclosureRequest> requests,
                           java.util.function.Predicate<DisclosureRequest> test) {
        int[] counts = new int[COLUMNS.size() + 1];
        for (DisclosureRequest r : requests) {
            if (test.test(r)) {
                counts[r.getRequesterType().ordinal()]++;
                counts[COLUMNS.size()]++;
            }
        }
        return new Row(key, level, number, counts);
    }

    private static int[] review(int year, List<DisclosureRequest> requests) {
        int[] figures = new int[15];
        for (DisclosureRequest r : requests) {
            if (!closedIn(r, year)) {
                continue;
            }
            ReviewResult reconsideration = r.getReconsiderationResult();
            ReviewResult litigation = r.getLitigationResult();
            if (reconsideration != null) {
                add(figures, 0, reconsideration);
            }
            if (litigation != null) {
                add(figures, reconsideration == null ? 5 : 10, litigation);
            }
        }
        return figures;
    }

    private static void add(int[] figures, int offset, ReviewResult result) {
        figures[offset + result.ordinal()]++;
        figures[offset + 4]++;
    }
}

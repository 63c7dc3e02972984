package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.litigation.LitigationProperties.AppearanceRate;

/**
 * 行政应诉 indicators for a period (pure). Voided cases are left out.
 * <ul>
 * <li>出庭应诉率 — no statutory formula (configurable): {@code PER_HEARING} = hearings held in the period with a
 * head present ÷ hearings held in the period; {@code PER_INSTANCE} = cases (instances) with a hearing in the
 * period where a head attended at least one of its hearings ÷ those cases (最高法规定 第七条: one appearance per
 * instance counts).</li>
 * <li>败诉率 = cases decided in the period that the agency lost ÷ cases decided in the period.</li>
 * <li>司法建议反馈率 = judicial suggestions received in the period and answered ÷ suggestions received in the period.</li>
 * </ul>
 */
public record LitigationIndicators(LocalDate from, LocalDate to, AppearanceRate definition, int appearanceBase,
                                   int headPresent, int decided, int lost, int suggestions, int suggestionsReplied,
                                   int noExcuseHearings) {

    public Double appearanceRate() {
        return percent(headPresent, appearanceBase);
    }

    public Double lossRate() {
        return percent(lost, decided);
    }

    public Double suggestionReplyRate() {
        return percent(suggestionsReplied, suggestions);
    }

    public static LitigationIndicators of(Collection<LitigationCase> all, List<Hearing> hearings,
                                          List<Suggestion> suggestions, LocalDate from, LocalDate to,
                                          AppearanceRate definition) {
        Map<Long, LitigationCase> cases = all.stream().filter(c -> c.getStatus() != LitigationStatus.VOIDED)
                .collect(Collectors.toMap(LitigationCase::getId, Function.identity()));
        List<Hearing> held = hearings.stream().filter(h -> cases.containsKey(h.caseId()) && within(h.heldOn(), from, to))
                .toList();
        int base;
        int present;
        if (definition == AppearanceRate.PER_INSTANCE) {
            Map<Long, Boolean> byCase = held.stream().collect(Collectors.toMap(Hearing::caseId,
                    h -> h.appearance().headPresent(), Boolean::logicalOr));
            base = byCase.size();
            present = (int) byCase.values().stream().filter(b -> b).count();
        } else {
            base = held.size();
            present = (int) held.stream().filter(h -> h.appearance().headPresent()).count();
        }
        int noExcuse = (int) held.stream().filter(h -> h.excuse() == Excuse.NONE_GIVEN).count();
        List<LitigationCase> decided = cases.values().stream()
                .filter(c -> c.getJudgmentOn() != null && within(c.getJudgmentOn(), from, to)).toList();
        int lost = (int) decided.stream().filter(LitigationCase::lost).count();
        List<Suggestion> received = suggestions.stream()
                .filter(s -> cases.containsKey(s.caseId()) && within(s.receivedOn(), from, to)).toList();
        int replied = (int) received.stream().filter(Suggestion::replied).count();
        return new LitigationIndicators(from, to, definition, base, present, decided.size(), lost, received.size(),
                replied, noExcuse);
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}

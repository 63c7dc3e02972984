package org.fazhi.disclosure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.springframework.stereotype.Service;

/** Read-only view of the disclosure register for other modules (e.g. a dashboard), by unit ID. */
@Service
public class DisclosureDirectory {

    /** How many calendar days before the due date a reminder turns {@link AnnualReportReminder.State#DUE_SOON}. */
    public static final int DUE_SOON_DAYS = 30;

    /** 第四十九条第一款: 县级以上人民政府部门, by 31 January. */
    private static final MonthDay DEPARTMENTS = MonthDay.of(1, 31);
    /** 第四十九条第二款: 县级以上地方人民政府 (published by the general office), by 31 March. */
    private static final MonthDay GOVERNMENTS = MonthDay.of(3, 31);

    private final UnitDirectory units;

    DisclosureDirectory(UnitDirectory units) {
        this.units = units;
    }

    /**
     * The current report season's annual-report deadlines of every active unit the regulation names (政府信息公开条例
     * 第四十九条): municipal departments by 31 January; the city government (its general office) and county-level
     * governments by 31 March. Until 31 March the season is last year's report; from April on it is this year's
     * report, due early next year (so in December the 31 January ahead is what is due soon). Other kinds of unit
     * are not listed. Soonest first.
     */
    public List<AnnualReportReminder> annualReportReminders(LocalDate today) {
        int reportYear = today.isAfter(GOVERNMENTS.atYear(today.getYear())) ? today.getYear() : today.getYear() - 1;
        List<AnnualReportReminder> reminders = new ArrayList<>();
        for (UnitView unit : units.activeUnits()) {
            MonthDay due = dueDay(unit.kind());
            if (due == null) {
                continue;
            }
            LocalDate dueOn = due.atYear(reportYear + 1);
            AnnualReportReminder.State state = today.isAfter(dueOn) ? AnnualReportReminder.State.PASSED
                    : ChronoUnit.DAYS.between(today, dueOn) <= DUE_SOON_DAYS ? AnnualReportReminder.State.DUE_SOON
                    : AnnualReportReminder.State.UPCOMING;
            reminders.add(new AnnualReportReminder(unit.id(), reportYear, dueOn, state));
        }
        reminders.sort(Comparator.comparing(AnnualReportReminder::dueOn).thenComparing(AnnualReportReminder::unitId));
        return reminders;
    }

    private static MonthDay dueDay(UnitKind kind) {
        switch (kind) {
            case MUNICIPAL_DEPARTMENT:
                return DEPARTMENTS;
            case GOVERNMENT_OFFICE:
            case COUNTY_GOVERNMENT:
                return GOVERNMENTS;
            default:
                return null;
        }
    }
}

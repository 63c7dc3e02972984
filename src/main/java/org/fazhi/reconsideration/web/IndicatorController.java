package org.fazhi.reconsideration.web;

import java.time.LocalDate;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.reconsideration.internal.Indicators;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 复议纠错率 and 按期办结率 for a period and unit, each with its definition. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_LEADER', 'UNIT_LIAISON', 'UNIT_LEADER')")
class IndicatorController {

    private final Indicators indicators;
    private final CurrentUsers users;
    private final UnitDirectory units;
    private final UnitPicker picker;

    IndicatorController(Indicators indicators, CurrentUsers users, UnitDirectory units, UnitPicker picker) {
        this.picker = picker;
        this.indicators = indicators;
        this.users = users;
        this.units = units;
    }

    @GetMapping("/reconsideration/indicators")
    String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String unit, Model model) {
        CurrentUser user = users.require();
        UnitPicker.UnitField field = picker.read(unit);
        Long scoped = scope(user, field.failed() ? Long.valueOf(-1) : field.unitId());
        LocalDate start = from != null ? from : LocalDate.now().withDayOfYear(1);
        LocalDate end = to != null ? to : LocalDate.now();
        model.addAttribute("result", indicators.compute(start, end, scoped));
        model.addAttribute("unitPick", user.seesAllUnits()
                ? picker.pick(units.activeUnits(), field.failed() ? field : UnitPicker.UnitField.of(scoped)) : null);
        model.addAttribute("unitName", scoped == null || scoped < 0 ? null : units.displayName(scoped));
        return "reconsideration/indicators";
    }

    /** Unit users see their own unit's figures whatever they ask for. */
    static Long scope(CurrentUser user, Long unit) {
        return user.seesAllUnits() ? unit : user.unitId() == null ? Long.valueOf(-1) : user.unitId();
    }
}

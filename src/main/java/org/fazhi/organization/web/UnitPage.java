package org.fazhi.organization.web;

import org.fazhi.organization.UnitKind;
import org.fazhi.organization.internal.UnitRegistry;
import org.fazhi.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of one unit's page ({@code organization/unit}); also used to re-show it with a refused change. */
@Component
class UnitPage {

    private final UnitListing listing;
    private final UnitRegistry registry;

    UnitPage(UnitListing listing, UnitRegistry registry) {
        this.listing = listing;
        this.registry = registry;
    }

    String detail(long id, Model model) {
        UnitListing.UnitRow row = listing.row(id);
        if (row == null) {
            throw new NotFoundException("error.org.unit.notFound", id);
        }
        model.addAttribute("row", row);
        model.addAttribute("unit", row.unit());
        model.addAttribute("names", registry.namesOf(id));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("choices", listing.choices(id));
        return "organization/unit";
    }
}

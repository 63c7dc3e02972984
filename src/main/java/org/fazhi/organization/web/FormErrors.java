package org.fazhi.organization.web;

import org.fazhi.platform.DomainException;
import org.springframework.ui.Model;

/** Puts a refused change's message key and arguments into the model, for display next to its form. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(Model model, DomainException e) {
        model.addAttribute("formErrorKey", e.messageKey());
        model.addAttribute("formErrorArgs", e.args());
    }
}

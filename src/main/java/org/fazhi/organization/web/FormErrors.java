package org.fazhi.organization.web;

import org.fazhi.platform.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;

/** Puts a refused change's message key and arguments into the model, for display next to its form. */
final class FormErrors {

    private FormErrors() {
    }

    /**
     * Translates a lost race into a refusal: another administrator saved the same name a moment earlier
     * (the database's unique index caught it) or changed the unit in the meantime.
     */
    static DomainException refusal(RuntimeException e) {
        if (e instanceof DomainException domain) {
            return domain;
        }
        if (e instanceof OptimisticLockingFailureException) {
            return new DomainException("error.stale");
        }
        if (e instanceof DataIntegrityViolationException) {
            return new DomainException("error.org.name.conflict");
        }
        throw e;
    }

    static void show(Model model, DomainException e) {
        model.addAttribute("formErrorKey", e.messageKey());
        model.addAttribute("formErrorArgs", e.args());
    }
}

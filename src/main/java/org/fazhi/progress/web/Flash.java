package org.fazhi.progress.web;

import org.fazhi.platform.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a form action and puts its outcome into the flash: the saved message, or the refusal's reason. */
final class Flash {

    private Flash() {
    }

    static void run(RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", doneKey);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
    }
}

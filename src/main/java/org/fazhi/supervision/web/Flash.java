package org.fazhi.supervision.web;

import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a form's action and leaves its outcome as a flash: the done message, or the refusal's reason. */
final class Flash {

    private Flash() {
    }

    static void run(RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", doneKey);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
    }
}

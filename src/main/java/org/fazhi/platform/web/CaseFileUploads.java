package org.fazhi.platform.web;

import java.io.IOException;
import java.io.InputStream;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The file form of a register's case page, the same for every register: the upload is stored by the register
 * (through the attachment module, in its transaction); a refused file (too large, a type not allowed) comes back
 * to the case page as a flash message, while a case the user may not see stays not found.
 */
public final class CaseFileUploads {

    /** Stores an uploaded file for the case. */
    public interface Store {
        void store(String fileName, InputStream content);
    }

    private CaseFileUploads() {
    }

    /**
     * Stores {@code file} and returns the redirect to {@code casePage}, with the flash {@code savedKey} or the
     * refusal.
     */
    public static String fromPage(MultipartFile file, RedirectAttributes redirect, String savedKey, String casePage,
                                  Store store) throws IOException {
        try (InputStream in = file.getInputStream()) {
            store.store(file.getOriginalFilename(), in);
            redirect.addFlashAttribute("flash", savedKey);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:" + casePage;
    }
}

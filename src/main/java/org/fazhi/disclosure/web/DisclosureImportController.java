package org.fazhi.disclosure.web;

import org.fazhi.identity.CurrentUsers;
import org.fazhi.disclosure.internal.DisclosureImport;
import org.fazhi.disclosure.internal.ImportTemplate;
import org.fazhi.platform.web.ImportPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Excel import of existing records (office only): download the template, upload for a preview naming every
 * problem by row and rule, then apply all new rows or none ({@link ImportPages}).
 */
@Controller
@RequestMapping("/disclosure")
class DisclosureImportController extends ImportPages {

    DisclosureImportController(DisclosureImport imports, CurrentUsers users) {
        super("disclosure", ImportTemplate::xlsx, imports::preview, (content, name) -> imports.apply(content, name, users.require()));
    }
}

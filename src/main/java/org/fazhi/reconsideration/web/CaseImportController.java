package org.fazhi.reconsideration.web;

import org.fazhi.platform.web.ImportPages;
import org.fazhi.reconsideration.internal.CaseImport;
import org.fazhi.reconsideration.internal.ImportTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Excel import of existing cases (office only): download the template, upload for a preview naming every
 * problem by row and rule, then apply all new rows or none ({@link ImportPages}).
 */
@Controller
@RequestMapping("/reconsideration")
class CaseImportController extends ImportPages {

    CaseImportController(CaseImport imports) {
        super("reconsideration", ImportTemplate::xlsx, imports::preview, imports::apply);
    }
}

package org.fazhi.plan.ingest;

import java.time.LocalDate;
import java.util.List;

/** What the header recogniser found before the first section or task. */
record NoticeHeader(String docNumber, String issuer, LocalDate issuedOn, String title, String noticeTitle,
        List<String> addressees, List<SourceText> preamble) {
}

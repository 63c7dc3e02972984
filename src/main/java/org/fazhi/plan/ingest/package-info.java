/**
 * Notice parser (通知解析) — pure Java, no Spring: turns an official work-plan notice (text in UTF-8 or
 * GB18030, .docx, .xlsx) into sections, key tasks, responsible units and deadlines, with warnings tied to
 * source lines. Exposed as a named interface of the plan module so the {@code parse} command line can use
 * it without starting the application.
 */
@org.springframework.modulith.NamedInterface("ingest")
package org.fazhi.plan.ingest;

/**
 * Notice parser (通知解析): turns an official rule-of-law work-plan notice — text (UTF-8 or GB18030),
 * .docx with paragraphs or a 任务分工表, or an .xlsx ledger — into sections, key tasks, responsible units
 * (lead, collective) and deadlines, with warnings tied to source lines. Pure Java, no Spring, no I/O.
 *
 * <p>API: {@link org.fazhi.plan.ingest.NoticeParser#parse(byte[], String)} returns a
 * {@link org.fazhi.plan.ingest.ParseResult}: a {@link org.fazhi.plan.ingest.ParsedNotice} (the JSON contract
 * of docs/architecture.md) or a {@link org.fazhi.plan.ingest.Refusal} with a message key.
 * {@link org.fazhi.plan.ingest.NoticeMessages} formats keys in zh-CN or English without Spring;
 * {@link org.fazhi.plan.ingest.ParseCommand} is the {@code parse} command line;
 * {@link org.fazhi.plan.ingest.CollectiveTerms} is the one list of collective terms.
 */
package org.fazhi.plan.ingest;

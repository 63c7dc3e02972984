/**
 * Litigation — 行政应诉: lawsuits against units (行政诉讼法), the 15-day defence deadline (Art. 67), hearings
 * with who appeared for the agency and the excuse when no head did (最高法 负责人出庭应诉规定 2020, Art. 2, 7, 8),
 * judgments, judicial suggestions and replies, performance of effective judgments, and the indicators
 * 出庭应诉率, 败诉率 and 司法建议反馈率.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Litigation")
package org.fazhi.litigation;

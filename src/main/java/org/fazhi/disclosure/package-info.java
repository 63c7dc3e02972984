/**
 * Disclosure — 依申请公开: requests for government information under the 政府信息公开条例 (2019): receipt
 * date (Art. 31), 补正 (Art. 30), the 20-working-day reply with one extension (Art. 33), third-party
 * consultation (Art. 32), outcomes in the Art. 36 categories of the national annual report table
 * (国办公开办函〔2021〕30号), reconsideration and litigation afterwards, indicators and the annual table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package org.fazhi.disclosure;

package org.fazhi.supervision;

/**
 * How much supervision is still open: supervision orders not closed (open or answered) and 整改 items not
 * closed (neither accepted nor voided), of which {@code overdueRectifications} are past their deadline.
 */
public record OpenSupervision(int openOrders, int openRectifications, int overdueRectifications) {
}

package org.fazhi.supervision.internal;

import java.util.List;
import org.fazhi.plan.TrafficLight;

/**
 * A 整改 item with its light on the day it is read (none once closed), its reports (oldest first, each with
 * its evidence files), its history and the moves of its due date by calendar changes.
 */
public record RectificationDetail(Rectification item, TrafficLight light, List<RectificationReport> reports,
                                  List<RectificationEvent> history, List<DeadlineMove> deadlineMoves) {
}

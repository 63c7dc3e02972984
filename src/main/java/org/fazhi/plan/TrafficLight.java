package org.fazhi.plan;

/** 红黄绿灯 of an assignment: on track, a deadline close, overdue or reported late. */
public enum TrafficLight {
    GREEN, YELLOW, RED
}

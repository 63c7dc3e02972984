package org.fazhi.reconsideration.internal;

/** 红黄绿灯 of a case: an open deadline passed, one close (warn-days), on track; NONE once closed. */
public enum Light {
    RED, YELLOW, GREEN, NONE
}

package org.fazhi.reconsideration.internal;

/** How an application was received (行政复议法 第二十二条: in writing, orally, online). */
public enum Channel {
    IN_PERSON, POST, ONLINE, ORAL, FORWARDED
}

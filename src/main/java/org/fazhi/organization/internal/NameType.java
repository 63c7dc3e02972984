package org.fazhi.organization.internal;

/** How a name belongs to its unit: its full name (全称), its short name (简称), or another alias (别名). */
public enum NameType {
    FULL, SHORT, ALIAS
}

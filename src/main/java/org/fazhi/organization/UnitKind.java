package org.fazhi.organization;

/** What kind of body a unit is; collective terms expand by kind. */
public enum UnitKind {
    /** 政府办公室 — the municipal government's general office. */
    GOVERNMENT_OFFICE,
    /** 市直部门 — a working department of the municipal government. */
    MUNICIPAL_DEPARTMENT,
    /** 县级政府 — a county-level government (district, county, county-level city). */
    COUNTY_GOVERNMENT,
    /** 园区管委会 — the management committee of a municipal park (开发区、高新区、新区). */
    PARK_COMMITTEE,
    /** 乡镇/街道 — a township government or street office. */
    TOWNSHIP,
    /** 其他 — Party offices, public institutions and other bodies (e.g. 市委编办, 市公共资源交易中心). */
    OTHER
}

package org.fazhi.disclosure.internal;

/**
 * 申请人类型 as the national annual report table splits them (国办公开办函〔2021〕30号 第三部分): 自然人, and
 * 法人或其他组织 split into 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他.
 */
public enum RequesterType {
    PERSON, COMMERCIAL, RESEARCH, NGO, LEGAL_SERVICE, OTHER_ORG
}

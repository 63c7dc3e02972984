package org.fazhi.litigation.internal;

/**
 * Why no head appeared: the reasons of 最高法 负责人出庭应诉规定 第八条 (不可抗力, 意外事件, 需要履行他人不能代替的
 * 公务, 其他正当事由), or none given — which can bring a judicial suggestion (第十二条).
 */
public enum Excuse {
    FORCE_MAJEURE, ACCIDENT, IRREPLACEABLE_DUTY, OTHER_JUSTIFIED, NONE_GIVEN
}

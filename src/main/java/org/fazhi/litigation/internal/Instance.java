package org.fazhi.litigation.internal;

/** 审级: first instance, appeal, retrial. Each registered case is one instance (最高法规定 第七条第二款). */
public enum Instance {
    FIRST, SECOND, RETRIAL
}

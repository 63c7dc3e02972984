package org.fazhi.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off Spring's {@link ResourceUrlEncodingFilter}, which Boot registers because webjars-locator-lite is on
 * the classpath. It rewrote every {@code @{…}} link of every page through the resource chain — with the static
 * path pattern {@code /**}, each page link (/plans/tasks/1 …) was looked up as a classpath resource in the jar,
 * and misses are not cached: over half the CPU of the plan page (JFR, docs/benchmarks.md). The application uses
 * no versioned resource URLs; versionless webjar URLs (/webjars/htmx.org/dist/htmx.min.js) are still served,
 * resolved by the webjars handler when requested.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}

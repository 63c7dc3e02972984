package org.fazhi.identity.web;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Unit names for the account pages (filled from the organization module once it lands). */
@Component
class UnitOptions {

    Map<Long, String> names() {
        return new TreeMap<>();
    }

    Map<Long, String> options() {
        return names();
    }
}

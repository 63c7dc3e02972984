package org.fazhi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Request mapping that skips, before Spring's full condition check, every mapping whose path patterns cannot match
 * because the request path does not start with any pattern's literal beginning ({@code /progress/units/} of
 * {@code /progress/units/{unitId}}). Spring finds paths without variables in a map, but for a path with variables it
 * checks every mapping's method, media-type and path conditions in turn; with the application's few hundred
 * mappings that was a sixth of the unit page's CPU (JFR, docs/benchmarks.md). Paths with {@code %} or {@code ;} (whose
 * decoded form could differ from the raw text) and patterns without a literal beginning always take the full check,
 * so the result is the same mapping Spring would have chosen.
 */
@Configuration(proxyBeanMethods = false)
class PrefixCheckingMappings {

    @Bean
    WebMvcRegistrations prefixCheckingRequestMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }
        };
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        private static final String[] ANY = new String[0];

        private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();
        /** The path being looked up on this thread (Spring passes it to the lookup but not to each mapping check). */
        private final ThreadLocal<String> lookupPath = new ThreadLocal<>();

        @Override
        protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
            lookupPath.set(path.indexOf('%') < 0 && path.indexOf(';') < 0 ? path : null);
            try {
                return super.lookupHandlerMethod(path, request);
            } finally {
                lookupPath.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String path = lookupPath.get();
            if (path != null) {
                String[] literal = prefixes.get(info);
                if (literal == null) {
                    literal = prefixesOf(info);
                    prefixes.put(info, literal);
                }
                if (literal != ANY && !startsWithAny(path, literal)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        private static boolean startsWithAny(String path, String[] literal) {
            for (String prefix : literal) {
                if (path.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        /** The literal beginning of each pattern, or {@link #ANY} when some pattern has none to check. */
        static String[] prefixesOf(RequestMappingInfo info) {
            PathPatternsRequestCondition condition = info.getPathPatternsCondition();
            if (condition == null) {
                return ANY;
            }
            Set<PathPattern> patterns = condition.getPatterns();
            String[] literal = new String[patterns.size()];
            int i = 0;
            for (PathPattern pattern : patterns) {
                String text = pattern.getPatternString();
                int end = 0;
                while (end < text.length() && "{*?".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                if (end <= 1) {
                    return ANY;
                }
                literal[i++] = text.substring(0, end);
            }
            return literal.length == 0 ? ANY : literal;
        }
    }
}

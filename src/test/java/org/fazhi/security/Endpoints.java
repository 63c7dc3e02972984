package org.fazhi.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every request mapping of the application (pages and API alike), read from Spring MVC's own handler mapping, so a
 * new controller method is in the permission matrix without anyone listing it.
 */
final class Endpoints {

    /** One mapped path and method with the handler that serves it. */
    record Endpoint(String pattern, RequestMethod method, HandlerMethod handler, Set<MediaType> consumes) {

        boolean writes() {
            return method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS;
        }

        boolean multipart() {
            return consumes.stream().anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
        }

        boolean text() {
            return consumes.stream().anyMatch(MediaType.TEXT_PLAIN::equals);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private Endpoints() {
    }

    /** The application's own mappings ({@code org.fazhi} handlers), sorted for a stable order. */
    static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> all = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getName().startsWith("org.fazhi.")) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                methods = Set.of(RequestMethod.GET, RequestMethod.POST);
            }
            Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods) {
                    all.add(new Endpoint(pattern, method, handler, consumes));
                }
            }
        }
        all.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return all;
    }

    /**
     * The operations of the OpenAPI description that no mapping serves under the same path and method — empty when
     * the matrix covers the whole published API.
     */
    static Set<String> uncovered(JsonNode apiDocs, List<Endpoint> endpoints) {
        Set<String> mapped = new TreeSet<>();
        endpoints.forEach(e -> mapped.add(e.method() + " " + e.pattern()));
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : apiDocs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String key = op.getKey().toUpperCase() + " " + path.getKey();
                if (!mapped.contains(key)) {
                    missing.add(key);
                }
            }
        }
        return missing;
    }
}

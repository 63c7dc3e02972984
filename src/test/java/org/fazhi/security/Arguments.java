package org.fazhi.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Fills a handler method's parameters from their names and types, always pointing at the other unit's data: a unit
 * field gets B's unit, an {@code …Id} field gets B's object of that noun (or the probe's own object), a version the
 * object's current version, so the request would succeed were the data scope not checked. Request parameters,
 * form records, headers, JSON bodies (records, lists, nested records) and uploaded files are all covered.
 */
final class Arguments {

    /** What one request carries besides its URI. */
    record Filled(Map<String, List<String>> params, Map<String, String> headers, Object body, List<String> files,
                  boolean foreign) {
    }

    private final ForeignData data;
    private final String noun;
    private final long pathId;
    private final boolean ownUnit;
    private boolean foreign;

    private Arguments(ForeignData data, String noun, long pathId, boolean ownUnit) {
        this.data = data;
        this.noun = noun;
        this.pathId = pathId;
        this.ownUnit = ownUnit;
    }

    /** Whether the handler takes anything to fill (query parameters, forms, bodies). */
    static boolean hasParameters(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (!p.hasParameterAnnotation(PathVariable.class) && kind(p) != Kind.SKIP) {
                return true;
            }
        }
        return false;
    }

    /**
     * The arguments for {@code handler}, given the noun and the id its path was bound to; unit fields name the
     * caller's own unit A when {@code ownUnit}, else B.
     */
    static Filled fill(HandlerMethod handler, ForeignData data, String noun, long pathId, boolean ownUnit) {
        return new Arguments(data, noun, pathId, ownUnit).fill(handler);
    }

    private enum Kind { SKIP, PARAM, FORM, BODY, HEADER, FILE }

    private Filled fill(HandlerMethod handler) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        Object body = null;
        for (MethodParameter p : handler.getMethodParameters()) {
            String name = name(p);
            switch (kind(p)) {
                case PARAM -> params.put(name, List.of(String.valueOf(value(name, p.getGenericParameterType(), 0))));
                case FORM -> {
                    for (RecordComponent c : p.getParameterType().getRecordComponents()) {
                        if (isFile(c.getType(), c.getGenericType())) {
                            files.add(c.getName());
                        } else {
                            params.put(c.getName(), List.of(String.valueOf(value(c.getName(), c.getGenericType(), 1))));
                        }
                    }
                }
                case BODY -> body = value(name, p.getGenericParameterType(), 0);
                case HEADER -> headers.put(name, name.toLowerCase(Locale.ROOT).contains("idempotency")
                        ? UUID.randomUUID().toString() : "matrix");
                case FILE -> files.add(name);
                case SKIP -> {
                }
            }
        }
        return new Filled(params, headers, body, files, foreign);
    }

    private static Kind kind(MethodParameter p) {
        Class<?> type = p.getParameterType();
        if (p.hasParameterAnnotation(PathVariable.class)) {
            return Kind.SKIP;
        }
        if (p.hasParameterAnnotation(RequestBody.class)) {
            return Kind.BODY;
        }
        if (p.hasParameterAnnotation(RequestHeader.class)) {
            return Kind.HEADER;
        }
        if (isFile(type, p.getGenericParameterType()) || MultipartRequest.class.isAssignableFrom(type)) {
            return Kind.FILE;
        }
        if (p.hasParameterAnnotation(RequestParam.class) || p.hasParameterAnnotation(RequestPart.class)) {
            return Map.class.isAssignableFrom(type) ? Kind.SKIP : Kind.PARAM;
        }
        if (simple(type)) {
            return Kind.PARAM;
        }
        if (type.isRecord() && type.getName().startsWith("org.fazhi.")) {
            return Kind.FORM;
        }
        return Kind.SKIP;
    }

    private static String name(MethodParameter p) {
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        RequestPart part = p.getParameterAnnotation(RequestPart.class);
        if (part != null && !part.name().isEmpty()) {
            return part.name();
        }
        RequestHeader header = p.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return p.getParameterName();
    }

    private static boolean isFile(Class<?> type, Type generic) {
        if (MultipartFile.class.isAssignableFrom(type)) {
            return true;
        }
        return List.class.isAssignableFrom(type) && generic instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] == MultipartFile.class;
    }

    private static boolean simple(Class<?> type) {
        return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == String.class
                || type == Boolean.class || type.isEnum() || type == LocalDate.class || type == YearMonth.class;
    }

    /** A value for a field called {@code name} of {@code type} that points at B wherever it names something. */
    private Object value(String name, Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        String lower = name.toLowerCase(Locale.ROOT);
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : String.class;
            return List.of(value(singular(name), element, depth + 1));
        }
        if (raw.isRecord() && depth < 4) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                fields.put(c.getName(), value(c.getName(), c.getGenericType(), depth + 1));
            }
            return fields;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0].toString();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == LocalDate.class) {
            return LocalDate.now().toString();
        }
        if (raw == YearMonth.class) {
            return YearMonth.now().toString();
        }
        if (raw == LocalDateTime.class || raw == Instant.class) {
            return raw == Instant.class ? Instant.now().toString() : LocalDateTime.now().toString();
        }
        if (lower.contains("version")) {
            return data.versions.getOrDefault(noun, 0L);
        }
        boolean number = raw.isPrimitive() || Number.class.isAssignableFrom(raw);
        if (lower.contains("unit") || lower.equals("moveto")) {
            foreign |= !ownUnit;
            return ownUnit ? data.unitA : data.unitB;
        }
        Long id = idFor(lower);
        if (id != null) {
            foreign = true;
            return id;
        }
        if (number) {
            return lower.equals("page") ? 1 : lower.equals("size") ? 20 : 5;
        }
        if (raw == byte[].class || raw == String.class) {
            return "matrix";
        }
        return null;
    }

    /** B's object for an id-like name ({@code assignmentIds} → an assignment, {@code plan} → the plan). */
    private Long idFor(String lower) {
        String stem = lower.endsWith("ids") ? lower.substring(0, lower.length() - 3)
                : lower.endsWith("id") ? lower.substring(0, lower.length() - 2) : lower;
        if (stem.isEmpty()) {
            return pathId > 0 ? pathId : first(data.allIds());
        }
        for (String key : List.of(stem + "s", stem)) {
            Set<Long> known = data.idsOf(key);
            if (!known.isEmpty()) {
                return first(known);
            }
        }
        if (stem.equals("source")) {
            return first(data.idsOf("orders"));
        }
        return lower.endsWith("id") || lower.endsWith("ids") ? (pathId > 0 ? pathId : first(data.allIds())) : null;
    }

    private static Long first(Set<Long> ids) {
        return ids.isEmpty() ? null : ids.iterator().next();
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}

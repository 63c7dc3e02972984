package org.fazhi.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.security.Endpoints.Endpoint;

/**
 * The requests the matrix sends to one endpoint: each path variable bound to another unit's object (found by the
 * noun before it in the path — {@code /progress/reports/{id}} takes B's report — or, for a noun the fixture does not
 * know, to every id of B's data in turn), the handler's parameters filled by {@link Arguments}. A GET is sent bare,
 * with its filters pointing at B, and with its unit filter naming the caller's own unit A (an "own unit" export or
 * list must still not show B's text).
 */
final class Probes {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** One request: the URI, whether it names B's data, and the filled parameters. */
    record Probe(Endpoint endpoint, String uri, boolean foreign, boolean withParameters, String noun, long pathId,
                 boolean ownUnit) {
    }

    private Probes() {
    }

    static List<Probe> of(Endpoint endpoint, ForeignData data) {
        List<Map<String, Long>> bindings = bindings(endpoint.pattern(), data);
        List<Probe> probes = new ArrayList<>();
        for (Map<String, Long> binding : bindings) {
            String uri = expand(endpoint.pattern(), binding);
            String noun = noun(endpoint.pattern());
            boolean foreign = binding.keySet().stream().anyMatch(v -> !v.equals("token"));
            long pathId = binding.values().stream().findFirst().orElse(0L);
            if (endpoint.writes()) {
                probes.add(new Probe(endpoint, uri, foreign, true, noun, pathId, false));
            } else {
                probes.add(new Probe(endpoint, uri, foreign, false, noun, pathId, false));
                if (Arguments.hasParameters(endpoint.handler())) {
                    probes.add(new Probe(endpoint, uri, foreign, true, noun, pathId, false));
                    probes.add(new Probe(endpoint, uri, foreign, true, noun, pathId, true));
                }
            }
        }
        return probes;
    }

    /** Every combination of values for the pattern's variables (one value each when the noun is known). */
    private static List<Map<String, Long>> bindings(String pattern, ForeignData data) {
        List<Map<String, Long>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            String variable = m.group(1);
            Set<Long> values = candidates(variable, literalBefore(pattern, m.start()), data);
            List<Map<String, Long>> next = new ArrayList<>();
            for (Map<String, Long> partial : result) {
                for (Long value : values) {
                    Map<String, Long> b = new LinkedHashMap<>(partial);
                    b.put(variable, value);
                    next.add(b);
                }
            }
            result = next;
        }
        return result;
    }

    private static Set<Long> candidates(String variable, String noun, ForeignData data) {
        return switch (variable) {
            case "unitId" -> Set.of(data.unitB);
            case "planId" -> Set.of(data.plan);
            case "token" -> Set.of(0L);
            default -> {
                Set<Long> known = data.idsOf(variable.endsWith("Id") ? variable.substring(0, variable.length() - 2) + "s"
                        : noun);
                yield known.isEmpty() ? data.allIds() : known;
            }
        };
    }

    /** The literal path segment just before a variable ({@code reports} in {@code /progress/reports/{id}}). */
    static String literalBefore(String pattern, int at) {
        String head = pattern.substring(0, at);
        String[] segments = head.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && !segments[i].contains("{")) {
                return segments[i];
            }
        }
        return "";
    }

    /** The noun of the first variable of the pattern (empty without variables). */
    static String noun(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        return m.find() ? literalBefore(pattern, m.start()) : "";
    }

    private static String expand(String pattern, Map<String, Long> binding) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1);
            String value = variable.equals("token") ? "matrix-token" : Long.toString(binding.get(variable));
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}

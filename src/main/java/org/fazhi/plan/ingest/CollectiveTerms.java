package org.fazhi.plan.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that decides whether a unit name stands for several units (集合称谓): 市直各部门,
 * 市直有关部门, 各县(市、区)政府, 各乡镇人民政府, 各街道办事处, 有关部门, 各有关单位, 市直园区管委会 ….
 * Recognised by pattern (各…, …有关…, …各部门/各单位, …成员单位, 县(市、区)…) plus a short list of
 * fixed terms that no pattern catches. Which units a collective expands to is the organisation
 * module's business, not the parser's.
 */
public final class CollectiveTerms {

    private static final Set<String> FIXED = Set.of("市直园区管委会", "园区管委会", "市级部门", "市直部门",
            "市直单位", "市级单位", "相关部门", "相关单位", "其他部门", "各级政府");

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^各"),
            Pattern.compile("有关"),
            Pattern.compile("相关(部门|单位)"),
            Pattern.compile("各(部门|单位|部委|委办局|地)"),
            Pattern.compile("成员单位"),
            Pattern.compile("县\\((市、)?区\\)|区\\(县\\)|县\\(市\\)"));

    private CollectiveTerms() {
    }

    /** True when {@code name} (half-width brackets) names a group of units rather than one unit. */
    public static boolean isCollective(String name) {
        if (FIXED.contains(name)) {
            return true;
        }
        for (Pattern pattern : PATTERNS) {
            if (pattern.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }
}

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

    private static final List<String> MARKERS = List.of("有关", "相关部门", "相关单位", "各部门", "各单位", "各部委",
            "各委办局", "成员单位");
    private static final Pattern COUNTIES = Pattern.compile("县\\((市、)?区\\)|区\\(县\\)|县\\(市\\)");

    private CollectiveTerms() {
    }

    /** True when {@code name} (half-width brackets) names a group of units rather than one unit. */
    public static boolean isCollective(String name) {
        if (FIXED.contains(name) || name.startsWith("各")) {
            return true;
        }
        for (String marker : MARKERS) {
            if (name.contains(marker)) {
                return true;
            }
        }
        return name.indexOf('(') >= 0 && COUNTIES.matcher(name).find();
    }
}

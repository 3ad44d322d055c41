package vn.dangbo.resolution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The editable content of a target: plans per year (value, and the total for "x of y" targets), the term value,
 * owner organizations and how the value rolls up from them.
 */
public record TargetData(String code, String name, String unit, Area area, TargetKind kind,
        Accumulation accumulation, BigDecimal termValue, Integer displayDecimals, Rollup rollup,
        String indicatorCode, String notes, Map<Integer, Plan> plans, List<Long> ownerIds) {

    public record Plan(BigDecimal value, BigDecimal total) {}

    public TargetData {
        // a blank row or choice of a form (or null in JSON) arrives as null
        plans = plans == null ? Map.of() : plans.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        ownerIds = ownerIds == null ? List.of() : ownerIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}

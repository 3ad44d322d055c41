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
        plans = plans == null ? Map.of() : Map.copyOf(plans);
        ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
    }
}

package vn.dangbo.resolution.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.Violation;

/**
 * Checks a target's definition: a name and a code; kind, area and accumulation; plans only for years of the
 * resolution, never negative; rates between 0 and 100; an "x of y" plan no larger than its total; a roll-up from
 * owners needs owners; at most 4 decimals shown.
 */
public class TargetValidator {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public List<Violation> validate(TargetData d, Resolution resolution) {
        List<Violation> v = new ArrayList<>();
        if (d.code() == null) {
            v.add(Violation.of("code", "validation.required"));
        } else {
            FieldLimits.check(v, "code", d.code(), FieldLimits.CODE);
        }
        if (d.name() == null) {
            v.add(Violation.of("name", "validation.required"));
        } else {
            FieldLimits.check(v, "name", d.name(), FieldLimits.TITLE);
        }
        FieldLimits.check(v, "unit", d.unit(), FieldLimits.CODE);
        FieldLimits.check(v, "indicatorCode", d.indicatorCode(), FieldLimits.CODE);
        FieldLimits.check(v, "notes", d.notes(), FieldLimits.TEXT);
        if (d.kind() == null) {
            v.add(Violation.of("kind", "validation.required"));
        }
        if (d.area() == null) {
            v.add(Violation.of("area", "validation.required"));
        }
        if (d.accumulation() == null) {
            v.add(Violation.of("accumulation", "validation.required"));
        }
        if (d.rollup() != Rollup.DIRECT && d.ownerIds().isEmpty()) {
            v.add(Violation.of("ownerIds", "target.validation.rollupNeedsOwners"));
        }
        if (d.displayDecimals() != null && (d.displayDecimals() < 0 || d.displayDecimals() > 4)) {
            v.add(Violation.of("displayDecimals", "target.validation.decimals"));
        }
        if (d.termValue() != null && d.termValue().signum() < 0) {
            v.add(Violation.of("termValue", "target.validation.negative"));
        }
        for (Map.Entry<Integer, TargetData.Plan> e : d.plans().entrySet()) {
            String field = "plans";
            if (!resolution.coversYear(e.getKey())) {
                v.add(Violation.of(field, "target.validation.planYearOutside", e.getKey(), resolution.startYear(),
                        resolution.endYear()));
                continue;
            }
            BigDecimal value = e.getValue().value();
            BigDecimal total = e.getValue().total();
            if (value == null) {
                continue;
            }
            if (value.signum() < 0 || (total != null && total.signum() < 0)) {
                v.add(Violation.of(field, "target.validation.negative"));
            } else if (d.kind() == TargetKind.RATE && value.compareTo(HUNDRED) > 0) {
                v.add(Violation.of(field, "target.validation.rateAbove100", e.getKey()));
            } else if (d.kind() == TargetKind.COUNT_OF_TOTAL && total != null && value.compareTo(total) > 0) {
                v.add(Violation.of(field, "target.validation.countAboveTotal", e.getKey()));
            }
        }
        return v;
    }
}

package vn.dangbo.resolution.domain;

import java.math.BigDecimal;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetKind;

public record Target(long id, long resolutionId, int position, String code, String name, String unit, Area area,
        TargetKind kind, Accumulation accumulation, BigDecimal termValue, int displayDecimals, Rollup rollup,
        String indicatorCode, String notes, int version) {}

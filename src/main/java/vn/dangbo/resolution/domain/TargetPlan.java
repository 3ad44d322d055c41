package vn.dangbo.resolution.domain;

import java.math.BigDecimal;

public record TargetPlan(long targetId, int year, BigDecimal planValue, BigDecimal total) {}

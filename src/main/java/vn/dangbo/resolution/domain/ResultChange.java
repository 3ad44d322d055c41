package vn.dangbo.resolution.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import vn.dangbo.resolution.ResultStatus;

/** One line of a result's history: what was done, the value then, who and when. */
public record ResultChange(long id, long resultId, String action, BigDecimal value, BigDecimal total, String note,
        ResultStatus status, String actor, OffsetDateTime at) {}

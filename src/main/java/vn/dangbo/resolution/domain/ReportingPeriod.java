package vn.dangbo.resolution.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.PeriodStatus;

public record ReportingPeriod(long id, long organizationId, String orgPath, int year, PeriodKind kind,
        LocalDate startsOn, LocalDate endsOn, PeriodStatus status, OffsetDateTime openedAt, String openedBy,
        OffsetDateTime closedAt, String closedBy) {

    public boolean closed() {
        return status == PeriodStatus.CLOSED;
    }
}

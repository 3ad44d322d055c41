package vn.dangbo.resolution;

import java.time.LocalDate;
import java.time.MonthDay;

/** Reporting periods: quarters, six months, nine months, the year, mid-term and the whole term. */
public enum PeriodKind {
    Q1(MonthDay.of(1, 1), MonthDay.of(3, 31)),
    Q2(MonthDay.of(4, 1), MonthDay.of(6, 30)),
    Q3(MonthDay.of(7, 1), MonthDay.of(9, 30)),
    Q4(MonthDay.of(10, 1), MonthDay.of(12, 31)),
    HALF_YEAR(MonthDay.of(1, 1), MonthDay.of(6, 30)),
    NINE_MONTHS(MonthDay.of(1, 1), MonthDay.of(9, 30)),
    YEAR(MonthDay.of(1, 1), MonthDay.of(12, 31)),
    MID_TERM(null, null),
    TERM(null, null);

    private final MonthDay start;
    private final MonthDay end;

    PeriodKind(MonthDay start, MonthDay end) {
        this.start = start;
        this.end = end;
    }

    /** Default dates within a year; null for mid-term and term periods, whose dates are chosen. */
    public LocalDate defaultStart(int year) {
        return start == null ? null : start.atYear(year);
    }

    public LocalDate defaultEnd(int year) {
        return end == null ? null : end.atYear(year);
    }

    /** Periods measured against the term value rather than a year's plan. */
    public boolean againstTerm() {
        return this == MID_TERM || this == TERM;
    }

    /** Whether a period of this kind closes its plan (the year's last period, or the term). */
    public boolean closesPlan() {
        return this == Q4 || this == YEAR || this == TERM;
    }

    public String messageKey() {
        return "period.kind." + name();
    }
}

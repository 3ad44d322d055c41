package vn.dangbo.member;

import java.time.LocalDate;

/** Age bands of the member list filter, computed as date-of-birth ranges on the day of the query. */
public enum AgeBand {
    UNDER_30(0, 29), FROM_30_TO_45(30, 45), FROM_46_TO_60(46, 60), OVER_60(61, 200);

    private final int minYears;
    private final int maxYears;

    AgeBand(int minYears, int maxYears) {
        this.minYears = minYears;
        this.maxYears = maxYears;
    }

    /** Born on or after this date (inclusive) to be at most maxYears old on {@code today}. */
    public LocalDate bornFrom(LocalDate today) {
        return today.minusYears(maxYears + 1L).plusDays(1);
    }

    /** Born on or before this date to be at least minYears old on {@code today}. */
    public LocalDate bornTo(LocalDate today) {
        return today.minusYears(minYears);
    }

    public String messageKey() {
        return "member.ageBand." + name();
    }
}

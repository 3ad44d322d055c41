package vn.dangbo.member;

import java.time.LocalDate;

/**
 * Party age (tuổi đảng) bands, counted from the admission decision date (RULES.md §1). 50 years of Party
 * age exempts from Party fees (QĐ 01-QĐ/TW 2026), hence the last band.
 */
public enum PartyAgeBand {
    UNDER_10(0, 9), FROM_10_TO_29(10, 29), FROM_30_TO_39(30, 39), FROM_40_TO_49(40, 49), FROM_50(50, 200);

    private final int minYears;
    private final int maxYears;

    PartyAgeBand(int minYears, int maxYears) {
        this.minYears = minYears;
        this.maxYears = maxYears;
    }

    public LocalDate admittedFrom(LocalDate today) {
        return today.minusYears(maxYears + 1L).plusDays(1);
    }

    public LocalDate admittedTo(LocalDate today) {
        return today.minusYears(minYears);
    }

    public String messageKey() {
        return "member.partyAgeBand." + name();
    }
}

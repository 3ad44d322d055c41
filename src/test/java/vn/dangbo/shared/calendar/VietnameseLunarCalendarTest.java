package vn.dangbo.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết Nguyên đán {0} falls on {1}")
    @CsvSource({
        "1985, 1985-01-21", // UTC+7: Tết Ất Sửu in Vietnam; China (UTC+8) had it a month later, 20/02/1985
        "2007, 2007-02-17", // the Chinese calendar has 18/02/2007
        "2020, 2020-01-25",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
    })
    void tet_nguyen_dan_is_the_first_day_of_the_vietnamese_lunar_year_reckoned_at_utc_plus_7(int year, LocalDate tet) {
        assertThat(VietnameseLunarCalendar.newYear(year)).isEqualTo(tet);
    }

    @Test
    void the_same_reckoning_at_utc_plus_8_gives_the_chinese_new_year_which_differs_in_1985_and_2007() {
        assertThat(VietnameseLunarCalendar.newYear(1985)).isNotEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(VietnameseLunarCalendar.newYear(2007)).isNotEqualTo(LocalDate.of(2007, 2, 18));
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương (10/3 lunar) {0} falls on {1}")
    @CsvSource({
        "2020, 2020-04-02", // a year with a leap 4th month
        "2023, 2023-04-29", // a year with a leap 2nd month: the 3rd month comes after it
        "2024, 2024-04-18",
        "2025, 2025-04-07",
        "2026, 2026-04-26",
    })
    void hung_kings_day_is_the_tenth_day_of_the_third_lunar_month(int year, LocalDate day) {
        assertThat(VietnameseLunarCalendar.toSolar(10, 3, year, false)).isEqualTo(day);
    }

    @Test
    void a_leap_month_the_lunar_year_does_not_have_is_refused() {
        assertThat(VietnameseLunarCalendar.toSolar(1, 2, 2023, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(1, 5, 2023, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(1, 5, 2024, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.dangbo.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.shared.calendar.WorkingDayCalendar.Adjacent;
import vn.dangbo.shared.calendar.WorkingDayCalendar.DayRule;
import vn.dangbo.shared.calendar.WorkingDayCalendar.Holiday;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar standard = WorkingDayCalendar.standard();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void saturdays_and_sundays_are_not_working_days_and_an_ordinary_weekday_is() {
        assertThat(standard.isWorkingDay(d(2025, 3, 14))).isTrue(); // Friday
        assertThat(standard.isWorkingDay(d(2025, 3, 15))).isFalse(); // Saturday
        assertThat(standard.isWorkingDay(d(2025, 3, 16))).isFalse(); // Sunday
    }

    @Test
    void labour_code_2019_art_112_makes_new_year_victory_day_labour_day_and_national_day_holidays() {
        assertThat(standard.holiday(d(2025, 1, 1))).contains(Holiday.NEW_YEAR);
        assertThat(standard.holiday(d(2025, 4, 30))).contains(Holiday.REUNIFICATION);
        assertThat(standard.holiday(d(2025, 5, 1))).contains(Holiday.LABOUR);
        assertThat(standard.holiday(d(2025, 9, 2))).contains(Holiday.NATIONAL_DAY);
        assertThat(standard.holiday(d(2025, 9, 3))).contains(Holiday.NATIONAL_DAY);
        assertThat(standard.isWorkingDay(d(2025, 9, 1))).isTrue();
    }

    @Test
    void the_second_day_of_national_day_can_be_the_day_before_as_the_government_decides_some_years() {
        WorkingDayCalendar before = new WorkingDayCalendar(5, Adjacent.BEFORE, List.of());
        assertThat(before.isWorkingDay(d(2025, 9, 1))).isFalse();
        assertThat(before.isWorkingDay(d(2025, 9, 3))).isTrue();
    }

    @Test
    void labour_code_2019_art_112_gives_five_days_of_tet_by_the_vietnamese_lunar_calendar() {
        // Tết Ất Tỵ: 29/01/2025; the five days are the last day of the old year and the first four of the new.
        assertThat(standard.isWorkingDay(d(2025, 1, 27))).isTrue();
        for (LocalDate day = d(2025, 1, 28); !day.isAfter(d(2025, 2, 1)); day = day.plusDays(1)) {
            assertThat(standard.holiday(day)).as(day.toString()).contains(Holiday.TET);
        }
        // Tết Bính Ngọ: 17/02/2026, Tết Đinh Mùi: 06/02/2027.
        assertThat(standard.holiday(d(2026, 2, 17))).contains(Holiday.TET);
        assertThat(standard.holiday(d(2027, 2, 6))).contains(Holiday.TET);
    }

    @Test
    void the_number_of_tet_days_is_a_setting_because_the_labour_code_has_changed_it_before() {
        WorkingDayCalendar four = new WorkingDayCalendar(4, Adjacent.AFTER, List.of());
        assertThat(four.isWorkingDay(d(2026, 2, 20))).isTrue();
        assertThat(standard.isWorkingDay(d(2026, 2, 20))).isFalse();
    }

    @Test
    void hung_kings_commemoration_on_the_tenth_day_of_the_third_lunar_month_is_a_holiday() {
        assertThat(standard.holiday(d(2025, 4, 7))).contains(Holiday.HUNG_KINGS);
        assertThat(standard.holiday(d(2026, 4, 26))).contains(Holiday.HUNG_KINGS);
    }

    @Test
    void labour_code_2019_art_111_compensates_a_holiday_on_a_weekend_with_the_next_working_day() {
        // 01/02/2025, the last day of Tết, is a Saturday: Monday 03/02/2025 is off instead.
        assertThat(standard.holiday(d(2025, 2, 3))).contains(Holiday.COMPENSATORY);
        assertThat(standard.isWorkingDay(d(2025, 2, 4))).isTrue();
        // 30/04/2022 is a Saturday and 01/05/2022 a Sunday: Monday 2 and Tuesday 3 May are off.
        assertThat(standard.isWorkingDay(d(2022, 5, 2))).isFalse();
        assertThat(standard.isWorkingDay(d(2022, 5, 3))).isFalse();
        assertThat(standard.isWorkingDay(d(2022, 5, 4))).isTrue();
    }

    @Test
    void the_administrators_extra_days_off_and_swapped_working_days_override_the_rest() {
        WorkingDayCalendar arranged = new WorkingDayCalendar(5, Adjacent.AFTER, List.of(
                new DayRule(d(2025, 1, 27), true, "Nghỉ bù, làm bù ngày 08/02/2025"),
                new DayRule(d(2025, 2, 8), false, "Làm bù cho ngày 27/01/2025")));
        assertThat(arranged.isWorkingDay(d(2025, 1, 27))).isFalse();
        assertThat(arranged.holiday(d(2025, 1, 27))).contains(Holiday.EXTRA);
        assertThat(arranged.isWorkingDay(d(2025, 2, 8))).isTrue();
    }

    @Test
    void rules_section_2_the_admission_ceremony_within_30_working_days_of_the_decision_skips_tet() {
        // Decision on Monday 20/01/2025: 30 weekdays would end on 03/03/2025; the five days of Tết and the
        // compensatory Monday put the ceremony's last day a week later.
        assertThat(standard.plusWorkingDays(d(2025, 1, 20), 30)).isEqualTo(d(2025, 3, 10));
        assertThat(standard.workingDaysBetween(d(2025, 1, 20), d(2025, 3, 10))).isEqualTo(30);
    }

    @Test
    void rules_section_5_approval_within_15_working_days_of_a_congress_skips_30_4_and_1_5() {
        // Congress on Friday 25/04/2025.
        assertThat(standard.plusWorkingDays(d(2025, 4, 25), 15)).isEqualTo(d(2025, 5, 20));
    }

    @Test
    void counting_working_days_is_the_inverse_of_adding_them_and_zero_days_is_the_same_day() {
        LocalDate start = d(2026, 2, 10);
        for (int n = 0; n <= 40; n++) {
            assertThat(standard.workingDaysBetween(start, standard.plusWorkingDays(start, n))).isEqualTo(n);
        }
        assertThat(standard.plusWorkingDays(start, 0)).isEqualTo(start);
        assertThat(standard.workingDaysBetween(d(2025, 3, 10), d(2025, 1, 20))).isEqualTo(-30);
    }
}

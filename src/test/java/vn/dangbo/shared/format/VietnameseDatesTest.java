package vn.dangbo.shared.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates typed as Vietnamese users type them: day first, never month first. */
class VietnameseDatesTest {

    private static final LocalDate MAY_10_1960 = LocalDate.of(1960, 5, 10);

    @Test
    void tenMay1960TypedDayFirstIsTenMayNotOctoberFifth() {
        assertThat(VietnameseDates.parse("10/05/1960")).contains(MAY_10_1960);
    }

    @Test
    void singleDigitsDashesDotsAndSpacesAreForgiven() {
        for (String typed : List.of("10/5/1960", "10-05-1960", "10.05.1960", " 10 / 5 / 1960 ")) {
            assertThat(VietnameseDates.parse(typed)).as(typed).contains(MAY_10_1960);
        }
    }

    @Test
    void theIsoFormOfTheApiAndOfLinksIsReadToo() {
        assertThat(VietnameseDates.parse("1960-05-10")).contains(MAY_10_1960);
    }

    @Test
    void aDateThatDoesNotExistOrLiesOutsideTheRangeIsNoDate() {
        for (String typed : List.of("31/02/2025", "29/02/2025", "10/13/1960", "00/01/2025", "31/12/1899", "01/01/2101",
                "10/05/60", "10051960", "20250101", "2025-1-1", "hôm qua", "", "  ")) {
            assertThat(VietnameseDates.parse(typed)).as(typed).isEmpty();
        }
        assertThat(VietnameseDates.parse(null)).isEmpty();
        assertThat(VietnameseDates.parse("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
    }
}

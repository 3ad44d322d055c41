package vn.dangbo.shared.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers and dates as the seed articles write them. */
class VietnameseFormatTest {

    @Test
    void percentagesUseADecimalCommaAndTwoDecimalsLike85comma98() {
        assertThat(VietnameseFormat.percent(new BigDecimal("85.98"))).isEqualTo("85,98%");
        assertThat(VietnameseFormat.percent(new BigDecimal("98.5678"))).isEqualTo("98,57%");
        assertThat(VietnameseFormat.percent(new BigDecimal("97.78"))).isEqualTo("97,78%");
    }

    @Test
    void wholePercentagesAreWrittenWithoutDecimalsLike100And126() {
        assertThat(VietnameseFormat.percent(new BigDecimal("100.00"))).isEqualTo("100%");
        assertThat(VietnameseFormat.percent(new BigDecimal("125.98"), 0)).isEqualTo("126%");
    }

    @Test
    void thousandsAreGroupedWithDotsLike1770() {
        assertThat(VietnameseFormat.number(1770)).isEqualTo("1.770");
        assertThat(VietnameseFormat.number(400000)).isEqualTo("400.000");
        assertThat(VietnameseFormat.number(new BigDecimal("6.1"))).isEqualTo("6,1");
        assertThat(VietnameseFormat.number(new BigDecimal("12000000000"))).isEqualTo("12.000.000.000");
    }

    @Test
    void theDateLineOfADocumentReadsNgay30Thang9Nam2025() {
        assertThat(VietnameseFormat.longDate(LocalDate.of(2025, 9, 30))).isEqualTo("ngày 30 tháng 9 năm 2025");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2025, 8, 28))).isEqualTo("ngày 28 tháng 8 năm 2025");
    }

    @Test
    void shortDatesAreDayMonthYear() {
        assertThat(VietnameseFormat.date(LocalDate.of(2025, 9, 9))).isEqualTo("09/09/2025");
    }

    @Test
    void amountsInDongAreScaledLike6comma1TiDongAnd528TrieuDong() {
        assertThat(VietnameseFormat.money(new BigDecimal("6100000000"))).isEqualTo("6,1 tỉ đồng");
        assertThat(VietnameseFormat.money(new BigDecimal("12000000000"))).isEqualTo("12 tỉ đồng");
        assertThat(VietnameseFormat.money(new BigDecimal("12470000000"))).isEqualTo("12,47 tỉ đồng");
        assertThat(VietnameseFormat.money(new BigDecimal("528000000"))).isEqualTo("528 triệu đồng");
        assertThat(VietnameseFormat.money(new BigDecimal("400000"))).isEqualTo("400.000 đồng");
    }

    @Test
    void aPercentageUnitTakesNoSpaceLike0comma8PercentAndOtherUnitsDoLike611LaoDong() {
        assertThat(VietnameseFormat.withUnit("0,8", "%")).isEqualTo("0,8%");
        assertThat(VietnameseFormat.withUnit("611", "lao động")).isEqualTo("611 lao động");
        assertThat(VietnameseFormat.withUnit("611", null)).isEqualTo("611");
    }
}

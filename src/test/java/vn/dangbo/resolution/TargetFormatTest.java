package vn.dangbo.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Target values and attainment written as the seed articles write them. */
class TargetFormatTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aCountOutOfATotalShowsItsUnitLike8Of9Truong() {
        assertThat(TargetFormat.value(TargetKind.COUNT_OF_TOTAL, "trường", 0, n("8"), n("9"))).isEqualTo("8/9 trường");
        assertThat(TargetFormat.value(TargetKind.COUNT_OF_TOTAL, null, 0, n("10"), n("11"))).isEqualTo("10/11");
    }

    @Test
    void aTargetCountedInDongIsShownScaledLike528TrieuDongAnd6comma1TiDong() {
        assertThat(TargetFormat.value(TargetKind.AT_LEAST, "đồng", 0, n("528000000"), null)).isEqualTo("528 triệu đồng");
        assertThat(TargetFormat.value(TargetKind.AT_LEAST, "đồng", 0, n("6100000000"), null)).isEqualTo("6,1 tỉ đồng");
        assertThat(TargetFormat.value(TargetKind.AT_LEAST, "tỉ đồng", 2, n("12.47"), null)).isEqualTo("12,47 tỉ đồng");
    }

    @Test
    void aPercentageUnitHasNoSpaceLikeHoNgheoDuoi0comma8Percent() {
        assertThat(TargetFormat.value(TargetKind.AT_MOST, "%", 1, n("0.8"), null)).isEqualTo("0,8%");
        assertThat(TargetFormat.value(TargetKind.RATE, null, 2, n("98.57"), null)).isEqualTo("98,57%");
        assertThat(TargetFormat.value(TargetKind.AT_LEAST, "lao động", 0, n("611"), null)).isEqualTo("611 lao động");
    }

    @Test
    void attainmentPercentagesAreWrittenLike85comma98And126Percent() {
        assertThat(TargetFormat.percent(n("85.9800"), 2)).isEqualTo("85,98%");
        assertThat(TargetFormat.percent(n("98.5678"), 2)).isEqualTo("98,57%");
        assertThat(TargetFormat.percent(n("125.98"), 0)).isEqualTo("126%");
        assertThat(TargetFormat.percent(n("64"), 2)).isEqualTo("64%");
    }
}

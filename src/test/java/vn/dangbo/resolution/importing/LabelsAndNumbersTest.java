package vn.dangbo.resolution.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words and numbers people write in the cells of an imported sheet. */
class LabelsAndNumbersTest {

    enum Area { ECONOMY, CULTURE_SOCIETY, PARTY_BUILDING }

    private final Labels<Area> areas = new Labels<Area>()
            .add(Area.ECONOMY, "Kinh tế")
            .add(Area.CULTURE_SOCIETY, "Văn hóa – xã hội")
            .add(Area.PARTY_BUILDING, "Xây dựng Đảng và hệ thống chính trị");

    @Test
    void labelsMatchWithoutRegardToCaseDiacriticsOrPunctuation() {
        assertThat(areas.match("VĂN HÓA - XÃ HỘI")).contains(Area.CULTURE_SOCIETY);
        assertThat(areas.match("van hoa xa hoi")).contains(Area.CULTURE_SOCIETY);
        assertThat(areas.match("  kinh  tế ")).contains(Area.ECONOMY);
    }

    @Test
    void aUniqueBeginningOfAtLeastFourLettersIsEnough() {
        assertThat(areas.match("Xây dựng Đảng")).contains(Area.PARTY_BUILDING);
        assertThat(areas.match("Văn")).isEmpty();
        assertThat(areas.match("Nông nghiệp")).isEmpty();
        assertThat(areas.match("")).isEmpty();
    }

    @Test
    void aBeginningSharedByTwoLabelsMatchesNeither() {
        Labels<Integer> kinds = new Labels<Integer>().add(1, "Tỷ lệ hộ nghèo").add(2, "Tỷ lệ bao phủ");
        assertThat(kinds.match("Tỷ lệ")).isEmpty();
    }

    @Test
    void numbersAreReadTheVietnameseWayWithAnOptionalPercentSign() {
        assertThat(ImportNumbers.parse("12.467,1")).contains(new BigDecimal("12467.1"));
        assertThat(ImportNumbers.parse("85,98")).contains(new BigDecimal("85.98"));
        assertThat(ImportNumbers.parse("14.5")).contains(new BigDecimal("14.5"));
        assertThat(ImportNumbers.parse("12.000")).contains(new BigDecimal("12000"));
        assertThat(ImportNumbers.parse("98,57%")).contains(new BigDecimal("98.57"));
        assertThat(ImportNumbers.parse("-2")).contains(new BigDecimal("-2"));
        assertThat(ImportNumbers.parse("mười")).isEqualTo(Optional.empty());
        assertThat(ImportNumbers.parse("  ")).isEmpty();
        assertThat(ImportNumbers.parse("12,345678")).contains(new BigDecimal("12.3457"));
        assertThat(ImportNumbers.tooLarge(ImportNumbers.parse("99999999999999999").orElseThrow())).isTrue();
        assertThat(ImportNumbers.tooLarge(ImportNumbers.parse("9.999.999.999").orElseThrow())).isFalse();
    }
}

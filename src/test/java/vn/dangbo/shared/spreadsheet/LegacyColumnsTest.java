package vn.dangbo.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.member.importing.LegacyText;
import vn.dangbo.shared.text.LegacyVietnamese.Encoding;

/**
 * Issue 8, part 1.10: a register typed in TCVN3 whose header row a clerk retyped in Unicode. The encoding is decided
 * per column from its cells: the Unicode headers stay as they are ("Họ và tên", not "Họ và tờn"; "Ghi chú", not
 * "Ghi chỳ"), short cells follow their column ("N÷" becomes "Nữ"), and only the columns actually converted are listed.
 */
class LegacyColumnsTest {

    private static SheetData registerWithUnicodeHeaders() {
        return new SheetData("Sổ đảng viên", null, List.of(
                SheetData.row(1, List.of("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Quê quán", "Ghi chú")),
                SheetData.row(2, List.of("1", LegacyText.tcvn3("Nguyễn Văn Bình"), "Nam", "12/04/1968",
                        LegacyText.tcvn3("Xã Mỹ Hòa Hưng"), LegacyText.tcvn3("Chuyển đến từ Hương An"))),
                SheetData.row(3, List.of("2", LegacyText.tcvn3("Đặng Thị Thu Hường"), LegacyText.tcvn3("Nữ"),
                        "20/11/1975", LegacyText.tcvn3("Phường Mỹ Thới"), "")),
                SheetData.row(4, List.of("3", LegacyText.tcvn3("Võ Thị Sáu"), LegacyText.tcvn3("Nữ"), "01/01/1980",
                        LegacyText.tcvn3("Xã Vĩnh Thạnh Trung"), LegacyText.tcvn3("Đã học lớp nhận thức")))));
    }

    @Test
    void unicodeHeadersOverTcvn3CellsKeepTheirTextHoVaTenAndGhiChu() {
        LegacyColumns.Result result = LegacyColumns.convert(registerWithUnicodeHeaders());
        assertThat(result.sheet().rows().get(0).cells())
                .containsExactly("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Quê quán", "Ghi chú");
    }

    @Test
    void theShortCellNuInTheGenderColumnFollowsItsColumnAndIsConverted() {
        assertThat(LegacyText.tcvn3("Nữ")).isEqualTo("N÷");
        LegacyColumns.Result result = LegacyColumns.convert(registerWithUnicodeHeaders());
        assertThat(result.sheet().rows().get(1).cells())
                .containsExactly("1", "Nguyễn Văn Bình", "Nam", "12/04/1968", "Xã Mỹ Hòa Hưng", "Chuyển đến từ Hương An");
        assertThat(result.sheet().rows().get(2).cells())
                .containsExactly("2", "Đặng Thị Thu Hường", "Nữ", "20/11/1975", "Phường Mỹ Thới");
        assertThat(result.sheet().rows().get(3).cell(2)).isEqualTo("Nữ");
        assertThat(result.sheet().rows().get(3).cell(5)).isEqualTo("Đã học lớp nhận thức");
    }

    @Test
    void onlyTheColumnsActuallyConvertedAreListedNotTheNumberAndDateColumns() {
        LegacyColumns.Result result = LegacyColumns.convert(registerWithUnicodeHeaders());
        assertThat(result.converted()).extracting(LegacyColumns.Converted::column).containsExactly(1, 2, 4, 5);
        assertThat(result.converted()).extracting(LegacyColumns.Converted::encoding).containsOnly(Encoding.TCVN3);
    }

    @Test
    void aFileAllInUnicodeConvertsNothing() {
        SheetData unicode = new SheetData(null, null, List.of(
                SheetData.row(1, List.of("Họ và tên", "Giới tính", "Ghi chú")),
                SheetData.row(2, List.of("Nguyễn Thị Ánh", "Nữ", "Chú ý")),
                SheetData.row(3, List.of("Lê Văn Tám", "Nam", "ú òa"))));
        LegacyColumns.Result result = LegacyColumns.convert(unicode);
        assertThat(result.converted()).isEmpty();
        assertThat(result.sheet().rows()).isEqualTo(unicode.rows());
    }
}

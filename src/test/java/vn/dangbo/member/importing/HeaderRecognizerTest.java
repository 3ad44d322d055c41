package vn.dangbo.member.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.member.ImportField;
import vn.dangbo.shared.spreadsheet.SheetData;

/** Recognising the header of a member register (form 7-HSĐV) as clerks write it. */
class HeaderRecognizerTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "STT|ORDINAL", "Số TT|ORDINAL", "Số thứ tự|ORDINAL",
            "Họ và tên|FULL_NAME", "HỌ VÀ TÊN|FULL_NAME", "Ho va ten|FULL_NAME", "Họ tên đảng viên|FULL_NAME",
            "Ngày sinh|DATE_OF_BIRTH", "Ngày, tháng, năm sinh|DATE_OF_BIRTH", "Năm sinh|DATE_OF_BIRTH",
            "Giới tính|GENDER", "Nam/Nữ|GENDER",
            "Dân tộc|ETHNICITY", "Tôn giáo|RELIGION", "Quê quán|HOMETOWN",
            "Nơi ở hiện nay|RESIDENCE", "Địa chỉ thường trú|RESIDENCE",
            "Ngày vào Đảng|ADMISSION_DATE", "Ngày kết nạp|ADMISSION_DATE", "Ngày, tháng, năm vào Đảng|ADMISSION_DATE",
            "Ngày chính thức|OFFICIAL_DATE", "Ngày vào Đảng chính thức|OFFICIAL_DATE",
            "Số thẻ đảng viên|CARD_NUMBER", "Số thẻ ĐV|CARD_NUMBER",
            "Trình độ học vấn|EDUCATION", "Văn hóa|EDUCATION", "Trình độ văn hoá|EDUCATION",
            "Lý luận chính trị|POLITICAL_THEORY", "Trình độ LLCT|POLITICAL_THEORY",
            "Nghề nghiệp, chức vụ|OCCUPATION", "Chức vụ|OCCUPATION", "Nghề nghiệp|OCCUPATION",
            "Ngày chuyển đến|TRANSFER_IN_DATE", "Ngày chuyển đi|TRANSFER_OUT_DATE", "Ghi chú|NOTES",
            "Số CCCD|CITIZEN_ID", "Số định danh cá nhân|CITIZEN_ID", "Số định danh cá nhân (CCCD)|CITIZEN_ID",
            "CMND/CCCD|CITIZEN_ID",
            "Điện thoại|PHONE", "SĐT|PHONE", "Số điện thoại|PHONE", "Email|EMAIL", "Thư điện tử|EMAIL",
            "Chi bộ|ORGANIZATION", "Tên chi bộ|ORGANIZATION", "Tình trạng|STATUS",
            "Họ và tên (2)|FULL_NAME", "Ngày sinh *|DATE_OF_BIRTH"})
    void everyRegisterColumnIsRecognisedUnderItsUsualNames(String label, ImportField expected) {
        assertThat(HeaderRecognizer.recognise(label)).contains(expected);
    }

    @Test
    void headersThatAreNoRegisterColumnAreNotRecognised() {
        assertThat(HeaderRecognizer.recognise("Sở thích")).isEmpty();
        assertThat(HeaderRecognizer.recognise("Trình độ chuyên môn")).isEmpty();
        assertThat(HeaderRecognizer.recognise("")).isEmpty();
    }

    @Test
    void theHeaderIsFoundBelowATitleBlock() {
        List<SheetData.Row> rows = List.of(
                row(1, "SỔ DANH SÁCH ĐẢNG VIÊN"),
                row(2, "Đảng bộ phường Mỹ Thới"),
                row(4, "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Số thẻ đảng viên"),
                row(5, "1", "Phan Thị Mận", "01/02/1970", "Nữ", "03/02/1995", "93000001"));
        HeaderRecognizer.Layout layout = HeaderRecognizer.find(rows);
        assertThat(layout.headerIndex()).isEqualTo(2);
        assertThat(layout.headerRowCount()).isEqualTo(1);
        assertThat(layout.dataIndex()).isEqualTo(3);
        assertThat(layout.fields()).containsExactly(ImportField.ORDINAL, ImportField.FULL_NAME,
                ImportField.DATE_OF_BIRTH, ImportField.GENDER, ImportField.ADMISSION_DATE, ImportField.CARD_NUMBER);
        assertThat(layout.allRecognised()).isTrue();
    }

    @Test
    void aSubtitleRightAboveTheHeaderIsNotTakenForPartOfIt() {
        List<SheetData.Row> rows = List.of(
                row(1, "SỔ DANH SÁCH ĐẢNG VIÊN"),
                row(2, "Đảng bộ phường Mỹ Thới"),
                row(3, "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng"),
                row(4, "1", "Phan Thị Mận", "01/02/1970", "Nữ", "03/02/1995"));
        HeaderRecognizer.Layout layout = HeaderRecognizer.find(rows);
        assertThat(layout.headerIndex()).isEqualTo(2);
        assertThat(layout.headerRowCount()).isEqualTo(1);
        assertThat(layout.labels()).startsWith("STT");
    }

    @Test
    void aTwoRowHeaderWithBirthDatesSplitIntoNamAndNuColumnsIsRecognised() {
        List<SheetData.Row> rows = List.of(
                row(1, "SỔ DANH SÁCH ĐẢNG VIÊN"),
                row(3, "Số TT", "Họ và tên", "Ngày tháng năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm", "Ngày, tháng, năm"),
                row(4, "", "", "Nam", "Nữ", "Vào Đảng", "Chính thức"),
                row(5, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
                row(6, "1", "Lê Văn Bưởi", "05/06/1972", "", "01/01/2000", "01/02/2001"));
        HeaderRecognizer.Layout layout = HeaderRecognizer.find(rows);
        assertThat(layout.headerIndex()).isEqualTo(1);
        assertThat(layout.headerRowCount()).isEqualTo(2);
        assertThat(layout.fields()).containsExactly(ImportField.ORDINAL, ImportField.FULL_NAME,
                ImportField.BIRTH_MALE, ImportField.BIRTH_FEMALE, ImportField.ADMISSION_DATE, ImportField.OFFICIAL_DATE);
        assertThat(layout.dataIndex()).as("the row of column numbers is skipped").isEqualTo(4);
    }

    @Test
    void aFirstDataRowIsNeverTakenForASecondHeaderRow() {
        List<SheetData.Row> rows = List.of(
                row(1, "Họ và tên", "Ngày sinh", "Tên tổ chức", "Ngày vào Đảng"),
                row(2, "Trần Thị Mơ", "01/02/1970", "Chi bộ Khu phố 1", "03/02/1995"));
        HeaderRecognizer.Layout layout = HeaderRecognizer.find(rows);
        assertThat(layout.headerRowCount()).isEqualTo(1);
        assertThat(layout.dataIndex()).isEqualTo(1);
        assertThat(layout.fields()).containsExactly(ImportField.FULL_NAME, ImportField.DATE_OF_BIRTH, null,
                ImportField.ADMISSION_DATE);
        assertThat(layout.allRecognised()).as("the unknown column goes to the mapping page").isFalse();
    }

    private static SheetData.Row row(int number, String... cells) {
        return SheetData.row(number, new ArrayList<>(List.of(cells)));
    }
}

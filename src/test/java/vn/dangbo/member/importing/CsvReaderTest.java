package vn.dangbo.member.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.text.LegacyVietnamese.Encoding;
import vn.dangbo.shared.spreadsheet.LegacyColumns;
import vn.dangbo.shared.spreadsheet.SheetData;

/** Reading CSV member lists in the encodings Vietnamese offices save them in, and their legacy font text. */
class CsvReaderTest {

    private static final String HEADER = "STT;Họ và tên;Ngày sinh;Giới tính;Quê quán\r\n";
    private static final String ROW = "1;Nguyễn Thị Hường;12/04/1968;Nữ;Phường Mỹ Thới\r\n";

    @Test
    void utf8WithoutByteOrderMarkIsReadAsUtf8() {
        SheetData sheet = CsvReader.read((HEADER + ROW).getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.encoding()).isEqualTo(CsvReader.UTF8);
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(1).cells()).containsExactly("1", "Nguyễn Thị Hường", "12/04/1968", "Nữ", "Phường Mỹ Thới");
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMark() {
        byte[] body = (HEADER + ROW).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SheetData sheet = CsvReader.read(bytes);
        assertThat(sheet.encoding()).isEqualTo(CsvReader.UTF8_BOM);
        assertThat(sheet.rows().get(0).cell(0)).isEqualTo("STT");
    }

    @Test
    void decomposedUnicodeComesOutInNfc() {
        String nfd = Normalizer.normalize(HEADER + ROW, Normalizer.Form.NFD);
        SheetData sheet = LegacyColumns.convert(CsvReader.read(nfd.getBytes(StandardCharsets.UTF_8))).sheet();
        assertThat(sheet.rows().get(1).cell(1)).isEqualTo("Nguyễn Thị Hường")
                .matches(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
    }

    @Test
    void windows1252BytesOfTcvn3TextAreDetectedAndConvertedToUnicode() {
        String tcvn3 = LegacyText.tcvn3("STT,Họ và tên,Quê quán\r\n1,Nguyễn Văn Bình,Xã Mỹ Hòa Hưng\r\n"
                + "2,Đặng Thị Thu Hương,Phường Mỹ Thới\r\n3,Trần Văn Dũng,Xã Vĩnh Thạnh\r\n");
        byte[] bytes = tcvn3.getBytes(Charset.forName("windows-1252"));
        SheetData raw = CsvReader.read(bytes);
        assertThat(raw.encoding()).isEqualTo(CsvReader.WINDOWS_1252);
        LegacyColumns.Result converted = LegacyColumns.convert(raw);
        assertThat(converted.converted()).extracting(LegacyColumns.Converted::encoding).containsOnly(Encoding.TCVN3);
        assertThat(converted.sheet().rows().get(0).cells()).containsExactly("STT", "Họ và tên", "Quê quán");
        assertThat(converted.sheet().rows().get(2).cells()).containsExactly("2", "Đặng Thị Thu Hương", "Phường Mỹ Thới");
    }

    @Test
    void vniTextIsDetectedAndConvertedToUnicode() {
        String vni = LegacyText.vni("Họ và tên;Nơi ở hiện nay\r\nNguyễn Văn Bình;Khu phố Mỹ Thạnh\r\n"
                + "Lê Thị Hồng Nhung;Khu phố Đông Thịnh\r\nTrần Quốc Tuấn;Khu phố Bình Đức\r\n");
        SheetData raw = CsvReader.read(vni.getBytes(Charset.forName("windows-1252")));
        LegacyColumns.Result converted = LegacyColumns.convert(raw);
        assertThat(converted.converted()).extracting(LegacyColumns.Converted::encoding).containsOnly(Encoding.VNI);
        assertThat(converted.sheet().rows().get(2).cells()).containsExactly("Lê Thị Hồng Nhung", "Khu phố Đông Thịnh");
    }

    @Test
    void aUnicodeColumnBesideALegacyColumnIsLeftAlone() {
        SheetData raw = new SheetData(null, null, List.of(
                SheetData.row(1, List.of("Họ và tên", "Ghi chú")),
                SheetData.row(2, List.of(LegacyText.tcvn3("Nguyễn Văn Bình"), "Chuyển đến từ Hương An")),
                SheetData.row(3, List.of(LegacyText.tcvn3("Võ Thị Sáu Hồng"), "Đã học lớp nhận thức"))));
        LegacyColumns.Result converted = LegacyColumns.convert(raw);
        assertThat(converted.converted()).extracting(LegacyColumns.Converted::column).containsExactly(0);
        assertThat(converted.sheet().rows().get(1).cells()).containsExactly("Nguyễn Văn Bình", "Chuyển đến từ Hương An");
        assertThat(converted.sheet().rows().get(2).cells()).containsExactly("Võ Thị Sáu Hồng", "Đã học lớp nhận thức");
    }

    @Test
    void aColumnTooShortToTellFollowsAFileThatIsClearlyTcvn3() {
        // "Sè TT" is TCVN3 for "Số TT", but "Sè" is also a Unicode syllable: the rest of the file decides
        String tcvn3 = LegacyText.tcvn3("Sổ danh sách đảng viên;;\r\nSố TT;Họ và tên;Quê quán\r\n"
                + "1;Nguyễn Văn Bình;Xã Mỹ Hòa Hưng\r\n");
        LegacyColumns.Result converted = LegacyColumns.convert(CsvReader.read(tcvn3.getBytes(Charset.forName("windows-1252"))));
        assertThat(converted.sheet().rows().get(1).cells()).containsExactly("Số TT", "Họ và tên", "Quê quán");
        assertThat(converted.sheet().rows().get(0).cells()).containsExactly("Sổ danh sách đảng viên");
    }

    @Test
    void aCsvSavedByExcelOnAVietnameseWindowsInWindows1258IsReadAsUnicode() {
        String csv = "Họ và tên;Ngày sinh;Quê quán\r\nNguyễn Thị Ánh;12/04/1968;Mỹ Thới\r\nĐặng Văn Lượng;15/07/1980;Chợ Mới\r\n";
        byte[] bytes = windows1258(csv);
        var decoded = CsvReader.decode(bytes);
        assertThat(decoded.encoding()).isEqualTo(CsvReader.WINDOWS_1258);
        assertThat(decoded.text()).isEqualTo(csv);
        var sheet = CsvReader.read(bytes);
        assertThat(sheet.rows().get(1).cells()).containsExactly("Nguyễn Thị Ánh", "12/04/1968", "Mỹ Thới");
    }

    /** Windows-1258 as Windows writes it: base letters â ê ô ơ ư ă đ precomposed, the five tone marks combining. */
    static byte[] windows1258(String text) {
        String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        StringBuilder letter = new StringBuilder();
        for (int i = 0; i <= nfd.length(); i++) {
            char c = i < nfd.length() ? nfd.charAt(i) : ' ';
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (mark && "\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tones.append(c);
            } else if (mark) {
                letter.append(c);
            } else {
                out.append(java.text.Normalizer.normalize(letter, java.text.Normalizer.Form.NFC)).append(tones);
                letter.setLength(0);
                tones.setLength(0);
                if (i < nfd.length()) {
                    letter.append(c);
                }
            }
        }
        return out.toString().getBytes(java.nio.charset.Charset.forName("windows-1258"));
    }

    @Test
    void theDelimiterIsTheOneThatSplitsLinesConsistently() {
        assertThat(CsvReader.delimiter("a;b;c\n1;2;3\n")).isEqualTo(';');
        assertThat(CsvReader.delimiter("a,b,c\n1,2,3\n")).isEqualTo(',');
        assertThat(CsvReader.delimiter("Họ tên;Địa chỉ;Ghi chú\nAn;Khu phố 1, phường Mỹ Thới;x\nBa;Tổ 2;y\n"))
                .as("commas inside unquoted addresses do not win").isEqualTo(';');
        assertThat(CsvReader.delimiter("\"Lê, An\",b,c\n\"1;2\",2,3\n")).isEqualTo(',');
    }

    @Test
    void quotedFieldsKeepTheirDelimitersAndLineBreaks() {
        String csv = "Họ và tên,Ghi chú\r\n\"Lê Văn An\",\"Khu phố 1, phường Mỹ Thới\"\r\n";
        SheetData sheet = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows().get(1).cells()).containsExactly("Lê Văn An", "Khu phố 1, phường Mỹ Thới");
    }

    @Test
    void anEmptyFileIsAClearError() {
        assertThatThrownBy(() -> CsvReader.read(";;;\r\n\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "member.import.error.empty");
    }

    @Test
    void utf16FromExcelsUnicodeTextIsRead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        byte[] body = "Họ và tên\tNgày sinh\r\nLê Thị Hà\t01/01/1970\r\n".getBytes(StandardCharsets.UTF_16LE);
        out.write(body, 0, body.length);
        SheetData sheet = CsvReader.read(out.toByteArray());
        assertThat(sheet.encoding()).isEqualTo(CsvReader.UTF16);
        assertThat(sheet.rows().get(1).cells()).containsExactly("Lê Thị Hà", "01/01/1970");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedEitherWay() {
        for (java.nio.charset.Charset charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            SheetData sheet = CsvReader.read((HEADER + ROW).getBytes(charset));
            assertThat(sheet.encoding()).as(charset.name()).isEqualTo(CsvReader.UTF16);
            assertThat(sheet.rows().get(1).cells()).containsExactly("1", "Nguyễn Thị Hường", "12/04/1968", "Nữ",
                    "Phường Mỹ Thới");
        }
    }

    @Test
    void aNulByteOrAnotherControlCharacterInACellBecomesAVisibleMarkNotAServerError() {
        SheetData sheet = CsvReader.read((HEADER + "1;Nguyễn\u0000Thị;12/04/1968;Nữ\u0001;Mỹ Thới\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows().get(1).cells()).containsExactly("1", "Nguyễn\uFFFDThị", "12/04/1968", "Nữ\uFFFD", "Mỹ Thới");
    }
}

package vn.dangbo.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dangbo.shared.text.LegacyVietnamese.Encoding;

class LegacyVietnameseTest {

    // ---------------------------------------------------------------------------------------------------------------
    // Reference tables, written out independently of the class under test.
    // Order: a-acute..a-dot, a-breve (+5 tones), a-circumflex (+5), e (5 tones), e-circumflex (+5), i (5), o (5),
    // o-circumflex (+5), o-horn (+5), u (5), u-horn (+5), y (5), d-stroke = 67 lowercase letters.
    // ---------------------------------------------------------------------------------------------------------------

    private static final String UNICODE_LOWER =
            "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ";

    /** TCVN3 (ABC) byte of each letter of UNICODE_LOWER, as transcribed from GNU libiconv's TCVN-5712 table. */
    private static final String TCVN3_LOWER =
            "\u00B8\u00B5\u00B6\u00B7\u00B9\u00A8\u00BE\u00BB\u00BC\u00BD\u00C6\u00A9\u00CA\u00C7\u00C8\u00C9\u00CB"
            + "\u00D0\u00CC\u00CE\u00CF\u00D1\u00AA\u00D5\u00D2\u00D3\u00D4\u00D6\u00DD\u00D7\u00D8\u00DC\u00DE"
            + "\u00E3\u00DF\u00E1\u00E2\u00E4\u00AB\u00E8\u00E5\u00E6\u00E7\u00E9\u00AC\u00ED\u00EA\u00EB\u00EC\u00EE"
            + "\u00F3\u00EF\u00F1\u00F2\u00F4\u00AD\u00F8\u00F5\u00F6\u00F7\u00F9\u00FD\u00FA\u00FB\u00FC\u00FE\u00AE";

    /** VNI form of each letter of UNICODE_LOWER (space separated), as in the xvnkb and VBKey tables. */
    private static final String VNI_LOWER =
            "a\u00F9 a\u00F8 a\u00FB a\u00F5 a\u00EF a\u00EA a\u00E9 a\u00E8 a\u00FA a\u00FC a\u00EB a\u00E2 a\u00E1"
            + " a\u00E0 a\u00E5 a\u00E3 a\u00E4 e\u00F9 e\u00F8 e\u00FB e\u00F5 e\u00EF e\u00E2 e\u00E1 e\u00E0"
            + " e\u00E5 e\u00E3 e\u00E4 \u00ED \u00EC \u00E6 \u00F3 \u00F2 o\u00F9 o\u00F8 o\u00FB o\u00F5 o\u00EF"
            + " o\u00E2 o\u00E1 o\u00E0 o\u00E5 o\u00E3 o\u00E4 \u00F4 \u00F4\u00F9 \u00F4\u00F8 \u00F4\u00FB"
            + " \u00F4\u00F5 \u00F4\u00EF u\u00F9 u\u00F8 u\u00FB u\u00F5 u\u00EF \u00F6 \u00F6\u00F9 \u00F6\u00F8"
            + " \u00F6\u00FB \u00F6\u00F5 \u00F6\u00EF y\u00F9 y\u00F8 y\u00FB y\u00F5 \u00EE \u00F1";

    /** VNI form of each uppercase letter, same order. */
    private static final String VNI_UPPER =
            "A\u00D9 A\u00D8 A\u00DB A\u00D5 A\u00CF A\u00CA A\u00C9 A\u00C8 A\u00DA A\u00DC A\u00CB A\u00C2 A\u00C1"
            + " A\u00C0 A\u00C5 A\u00C3 A\u00C4 E\u00D9 E\u00D8 E\u00DB E\u00D5 E\u00CF E\u00C2 E\u00C1 E\u00C0"
            + " E\u00C5 E\u00C3 E\u00C4 \u00CD \u00CC \u00C6 \u00D3 \u00D2 O\u00D9 O\u00D8 O\u00DB O\u00D5 O\u00CF"
            + " O\u00C2 O\u00C1 O\u00C0 O\u00C5 O\u00C3 O\u00C4 \u00D4 \u00D4\u00D9 \u00D4\u00D8 \u00D4\u00DB"
            + " \u00D4\u00D5 \u00D4\u00CF U\u00D9 U\u00D8 U\u00DB U\u00D5 U\u00CF \u00D6 \u00D6\u00D9 \u00D6\u00D8"
            + " \u00D6\u00DB \u00D6\u00D5 \u00D6\u00CF Y\u00D9 Y\u00D8 Y\u00DB Y\u00D5 \u00CE \u00D1";

    /** Soft hyphen: the TCVN3 byte of u-horn. */
    private static final String SHY = "\u00AD";

    /** All 134 toned/modified letters: 67 lowercase followed by their 67 uppercase forms. */
    private static List<String> allLetters() {
        List<String> letters = new ArrayList<>();
        UNICODE_LOWER.codePoints().forEach(cp -> letters.add(new String(Character.toChars(cp))));
        UNICODE_LOWER.toUpperCase(Locale.ROOT).codePoints().forEach(cp -> letters.add(new String(Character.toChars(cp))));
        return letters;
    }

    private static boolean isNfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tables
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void thereAre134ToneOrModifiedLettersAllDistinctAndPrecomposed() {
        List<String> letters = allLetters();
        assertEquals(134, letters.size());
        assertEquals(134, new HashSet<>(letters).size());
        for (String letter : letters) {
            assertEquals(1, letter.length(), letter);
            assertTrue(isNfc(letter), letter);
        }
    }

    @Test
    void everyLetterRoundTripsThroughVni() {
        Set<String> forms = new HashSet<>();
        for (String letter : allLetters()) {
            String vni = LegacyVietnamese.fromUnicode(letter, Encoding.VNI);
            // VNI text is made of windows-1252 characters only (i-acute and i-grave are their own Latin-1 codes).
            assertTrue(vni.chars().allMatch(c -> c <= 0xFF), "no VNI form for " + letter);
            assertTrue(forms.add(vni), "VNI form used twice: " + vni);
            assertEquals(letter, LegacyVietnamese.toUnicode(vni, Encoding.VNI), "VNI " + vni);
        }
        assertEquals(134, forms.size());
    }

    @Test
    void everyLetterRoundTripsThroughTcvn3InTheLowercaseFormForTonedCapitals() {
        Set<String> plainCapitals = Set.of("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ");
        Set<String> lowercaseForms = new HashSet<>();
        for (String letter : allLetters()) {
            String tcvn3 = LegacyVietnamese.fromUnicode(letter, Encoding.TCVN3);
            assertEquals(1, tcvn3.length(), letter);
            char code = tcvn3.charAt(0);
            assertTrue(code >= 0xA1 && code <= 0xFE, "TCVN3 byte out of range for " + letter);
            String back = LegacyVietnamese.toUnicode(tcvn3, Encoding.TCVN3);
            boolean lower = letter.equals(letter.toLowerCase(Locale.ROOT));
            if (lower) {
                assertTrue(lowercaseForms.add(tcvn3), "TCVN3 byte used twice: " + tcvn3);
                assertEquals(letter, back, "TCVN3 " + tcvn3);
            } else if (plainCapitals.contains(letter)) {
                assertEquals(letter, back, "TCVN3 " + tcvn3);
            } else {
                // ABC fonts have no uppercase toned letters: the byte is the lowercase letter's byte.
                assertEquals(letter.toLowerCase(Locale.ROOT), back, "TCVN3 " + tcvn3);
            }
        }
        assertEquals(67, lowercaseForms.size());
    }

    @Test
    void tcvn3TableMatchesTheIndependentReference() {
        assertEquals(67, TCVN3_LOWER.length());
        assertEquals(UNICODE_LOWER, LegacyVietnamese.toUnicode(TCVN3_LOWER, Encoding.TCVN3));
        assertEquals(TCVN3_LOWER, LegacyVietnamese.fromUnicode(UNICODE_LOWER, Encoding.TCVN3));
        assertEquals("ĂÂÊÔƠƯĐ", LegacyVietnamese.toUnicode("\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7", Encoding.TCVN3));
    }

    @Test
    void vniTableMatchesTheIndependentReference() {
        String[] lower = VNI_LOWER.split(" ");
        String[] upper = VNI_UPPER.split(" ");
        List<String> letters = allLetters();
        assertEquals(67, lower.length);
        assertEquals(67, upper.length);
        for (int i = 0; i < 67; i++) {
            assertEquals(letters.get(i), LegacyVietnamese.toUnicode(lower[i], Encoding.VNI), lower[i]);
            assertEquals(letters.get(67 + i), LegacyVietnamese.toUnicode(upper[i], Encoding.VNI), upper[i]);
            assertEquals(lower[i], LegacyVietnamese.fromUnicode(letters.get(i), Encoding.VNI));
            assertEquals(upper[i], LegacyVietnamese.fromUnicode(letters.get(67 + i), Encoding.VNI));
        }
    }

    @Test
    void vniMarkInTheOtherCaseFollowsTheCaseOfTheBaseLetter() {
        assertEquals("Á", LegacyVietnamese.toUnicode("A\u00F9", Encoding.VNI));
        assertEquals("ấ", LegacyVietnamese.toUnicode("a\u00C1", Encoding.VNI));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Real-world vectors (the legacy strings are published in several public converters' tests and docs)
    // ---------------------------------------------------------------------------------------------------------------

    static Stream<Arguments> tcvn3Sentences() {
        return Stream.of(
                Arguments.of("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
                Arguments.of("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
                Arguments.of("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
                Arguments.of("QuyÕt ®Þnh cña Bé tr" + SHY + "ëng Bé Tµi chÝnh", "Quyết định của Bộ trưởng Bộ Tài chính"),
                Arguments.of("B¸o c¸o tµi chÝnh quý II n¨m 2026", "Báo cáo tài chính quý II năm 2026"),
                Arguments.of("§¶ng bé ph" + SHY + "êng BÕn Thµnh", "Đảng bộ phường Bến Thành"));
    }

    @ParameterizedTest
    @MethodSource("tcvn3Sentences")
    void tcvn3SentenceIsConvertedAndDetected(String legacy, String expected) {
        assertEquals(expected, LegacyVietnamese.toUnicode(legacy, Encoding.TCVN3));
        assertEquals(Encoding.TCVN3, LegacyVietnamese.detect(legacy));
        assertEquals(expected, LegacyVietnamese.normalize(legacy));
    }

    static Stream<Arguments> vniSentences() {
        return Stream.of(
                Arguments.of("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
                Arguments.of("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
                Arguments.of("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                Arguments.of("Caên cöù Luaät Toå chöùc HÑND vaø UBND", "Căn cứ Luật Tổ chức HĐND và UBND"),
                Arguments.of("Ñaûng boä phöôøng Beán Thaønh", "Đảng bộ phường Bến Thành"));
    }

    @ParameterizedTest
    @MethodSource("vniSentences")
    void vniSentenceIsConvertedAndDetected(String legacy, String expected) {
        assertEquals(expected, LegacyVietnamese.toUnicode(legacy, Encoding.VNI));
        assertEquals(Encoding.VNI, LegacyVietnamese.detect(legacy));
        assertEquals(expected, LegacyVietnamese.normalize(legacy));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Full names
    // ---------------------------------------------------------------------------------------------------------------

    static Stream<Arguments> tcvn3Names() {
        return Stream.of(
                Arguments.of("TrÇn Minh §øc", "Trần Minh Đức"),
                Arguments.of("Lª ThÞ Hång Nhung", "Lê Thị Hồng Nhung"),
                Arguments.of("Ph¹m Quèc ViÖt", "Phạm Quốc Việt"),
                Arguments.of("§Æng V¨n L" + SHY + "îng", "Đặng Văn Lượng"),
                Arguments.of("Huúnh ThÞ Ngäc Tr©m", "Huỳnh Thị Ngọc Trâm"),
                Arguments.of("Hå Thu H»ng", "Hồ Thu Hằng"),
                Arguments.of("§ç Xu©n Tr" + SHY + "êng", "Đỗ Xuân Trường"),
                // ABC has no capital A-acute: the initial of "Anh" comes out lowercase (documented limitation).
                Arguments.of("NguyÔn ThÞ ¸nh", "Nguyễn Thị ánh"));
    }

    @ParameterizedTest
    @MethodSource("tcvn3Names")
    void tcvn3FullNameIsConvertedToUnicode(String legacy, String expected) {
        assertEquals(expected, LegacyVietnamese.toUnicode(legacy, Encoding.TCVN3));
        assertEquals(Encoding.TCVN3, LegacyVietnamese.detect(legacy));
        assertEquals(expected, LegacyVietnamese.normalize(legacy));
        assertEquals(legacy, LegacyVietnamese.fromUnicode(expected, Encoding.TCVN3));
    }

    static Stream<Arguments> vniNames() {
        return Stream.of(
                Arguments.of("Traàn Minh Ñöùc", "Trần Minh Đức"),
                Arguments.of("Nguyeãn Thò AÙnh", "Nguyễn Thị Ánh"),
                Arguments.of("Leâ Thò Hoàng Nhung", "Lê Thị Hồng Nhung"),
                Arguments.of("Phaïm Quoác Vieät", "Phạm Quốc Việt"),
                Arguments.of("Ñaëng Vaên Löôïng", "Đặng Văn Lượng"),
                Arguments.of("Huyønh Thò Ngoïc Traâm", "Huỳnh Thị Ngọc Trâm"),
                Arguments.of("NGUYEÃN THÒ AÙNH", "NGUYỄN THỊ ÁNH"));
    }

    @ParameterizedTest
    @MethodSource("vniNames")
    void vniFullNameIsConvertedToUnicode(String legacy, String expected) {
        assertEquals(expected, LegacyVietnamese.toUnicode(legacy, Encoding.VNI));
        assertEquals(Encoding.VNI, LegacyVietnamese.detect(legacy));
        assertEquals(expected, LegacyVietnamese.normalize(legacy));
        assertEquals(legacy, LegacyVietnamese.fromUnicode(expected, Encoding.VNI));
    }

    @Test
    void tcvn3TypedForAnUppercaseHFontKeepsTheTonedLettersInLowercaseForm() {
        // ".VnTimeH" shows "NGUYỄN THỊ ÁNH", but the bytes are those of the lowercase toned letters.
        assertEquals("NGUYễN THị áNH", LegacyVietnamese.toUnicode("NGUYÔN THÞ ¸NH", Encoding.TCVN3));
        assertEquals(Encoding.TCVN3, LegacyVietnamese.detect("NGUYÔN THÞ ¸NH"));
    }

    @Test
    void legacyTextDecodedAsIso88591IsRepairedToWindows1252First() {
        // 0x96 is the en dash and 0x93/0x94 the curly quotes in windows-1252; ISO-8859-1 leaves them as C1 controls.
        assertEquals("Độc lập \u2013 Tự do", LegacyVietnamese.toUnicode("§éc lËp \u0096 Tù do", Encoding.TCVN3));
        assertEquals(Encoding.TCVN3, LegacyVietnamese.detect("§éc lËp \u0096 Tù do"));
        assertEquals("\u201CViệt Nam\u201D", LegacyVietnamese.toUnicode("\u0093Vieät Nam\u0094", Encoding.VNI));
        assertEquals("\u201CViệt Nam\u201D", LegacyVietnamese.normalize("\u0093Vieät Nam\u0094"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Detection
    // ---------------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"NguyÔn", "ViÖt", "§øc", "Tr" + SHY + "êng", "Hµ Néi", "Thµnh phè Hå ChÝ Minh",
            "Sè 12 ®" + SHY + "êng Lª Lîi, ph" + SHY + "êng 3"})
    void tcvn3CellIsDetected(String cell) {
        assertEquals(Encoding.TCVN3, LegacyVietnamese.detect(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyeãn", "Vieät", "Ñöùc", "Tröôøng", "Haø Noäi", "Thaønh phoá Hoà Chí Minh",
            "Soá 12 ñöôøng Leâ Lôïi, phöôøng 3"})
    void vniCellIsDetected(String cell) {
        assertEquals(Encoding.VNI, LegacyVietnamese.detect(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Nguyen Van A", "0912345678", "KP3-2024", "12/05/1990", "2024-01-31",
            "31.12.2023", "001089012345", "Thẻ 12.345.678", "ĐV-000123", "+84 (28) 3829 1234", "a@b.vn"})
    void asciiNumbersDatesAndCardNumbersAreUnicode(String cell) {
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(cell));
        assertEquals(cell, LegacyVietnamese.normalize(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trần Minh Đức", "Nguyễn Thị Ánh", "Lê Thị Hồng Nhung", "Phạm Quốc Việt",
            "Đặng Văn Lượng", "Huỳnh Thị Ngọc Trâm", "Cộng hòa xã hội chủ nghĩa Việt Nam",
            // Unicode Vietnamese made only of Latin-1 letters: nothing Unicode-only to go by.
            "Lê Tô", "Hà Thái Bình", "Tô Hoài", "Hòa Bình", "Thái", "Lê", "Tôn", "Công", "Hùng", "Chè", "Thò",
            "Hoàng", "Vũ Thị Hà", "LÊ THÀNH", "Bà Rịa", "Cà Mau", "Hòe", "quoàng", "Khoái Châu", "Cù Chính Lan",
            "Lê Văn Tám, 25°C"})
    void unicodeVietnameseIsNeverDetectedAsLegacy(String text) {
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(text));
        assertEquals(text, LegacyVietnamese.normalize(text));
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(nfd));
        assertEquals(text, LegacyVietnamese.normalize(nfd));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Müller", "François", "José", "Café crème", "Le café « crème » coûte trop cher à Paris",
            "Straße", "Zoë", "Lê Müller", "Nguyễn Văn Müller", "Jérôme Lê", "Señor Gómez", "5 × 7", "Giá 100 €",
            "§ 5", "© 2024", "Tô Müller", "Café Hòa Bình"})
    void latin1WordsInUnicodeTextDoNotFlipDetection(String text) {
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(text));
        assertEquals(text, LegacyVietnamese.normalize(text));
    }

    @Test
    void tcvn3ColumnIsDetected() {
        List<String> column = Arrays.asList("Hä vµ tªn", "TrÇn Minh §øc", "NguyÔn ThÞ ¸nh", null, "",
                "Lª ThÞ Hång Nhung", "Nguyen Van A", "Ph¹m Quèc ViÖt", "§Æng V¨n L" + SHY + "îng",
                "Huúnh ThÞ Ngäc Tr©m", "0912345678");
        assertEquals(Encoding.TCVN3, LegacyVietnamese.detect(column));
    }

    @Test
    void vniColumnIsDetectedEvenWhenSomeCellsAreAmbiguousAlone() {
        // "Thò" (Thi with dot below) and "Hoàng" (Hong with circumflex and grave) read as valid Unicode words alone.
        List<String> column = Arrays.asList("Thò", "Hoàng", "Traàn Minh Ñöùc", "Nguyeãn Thò AÙnh",
                "Leâ Thò Hoàng Nhung", "Phaïm Quoác Vieät", "Ñaëng Vaên Löôïng", "Huyønh Thò Ngoïc Traâm", "  ");
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect("Thò"));
        assertEquals(Encoding.VNI, LegacyVietnamese.detect(column));
    }

    @Test
    void columnMajorityWinsOverAStrayCell() {
        List<String> tcvn3WithOneUnicodeRow = List.of("TrÇn Minh §øc", "Lª ThÞ Hång Nhung", "Ph¹m Quèc ViÖt",
                "Nguyễn Thị Ánh");
        assertEquals(Encoding.TCVN3, LegacyVietnamese.detect(tcvn3WithOneUnicodeRow));
        List<String> unicodeWithOneTcvn3Row = List.of("Trần Minh Đức", "Lê Thị Hồng Nhung", "Phạm Quốc Việt",
                "NguyÔn ThÞ ¸nh");
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(unicodeWithOneTcvn3Row));
    }

    @Test
    void unicodeAndAsciiColumnsAreUnicode() {
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(List.of("Trần Minh Đức", "Lê Tô", "Hòa Bình",
                Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD), "Müller")));
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(List.of("Nguyen Van A", "0912345678", "KP3-2024",
                "12/05/1990")));
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(List.of()));
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(Arrays.asList(null, "", "   ")));
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect((List<String>) null));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Output form, null and empty
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void outputIsNfc() {
        String nfd = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertFalse(isNfc(nfd));
        assertEquals("Nguyễn Thị Ánh", LegacyVietnamese.toUnicode(nfd, Encoding.UNICODE));
        assertTrue(isNfc(LegacyVietnamese.normalize(nfd)));
        for (Arguments args : (Iterable<Arguments>) tcvn3Names()::iterator) {
            assertTrue(isNfc(LegacyVietnamese.toUnicode((String) args.get()[0], Encoding.TCVN3)));
        }
        for (Arguments args : (Iterable<Arguments>) vniNames()::iterator) {
            assertTrue(isNfc(LegacyVietnamese.toUnicode((String) args.get()[0], Encoding.VNI)));
        }
        // Decomposed marks next to legacy text are composed as well.
        assertEquals("Việt Hà", LegacyVietnamese.toUnicode("ViÖt Ha\u0300", Encoding.TCVN3));
    }

    @Test
    void nullAndEmptyAreHandled() {
        for (Encoding encoding : Encoding.values()) {
            assertNull(LegacyVietnamese.toUnicode(null, encoding));
            assertEquals("", LegacyVietnamese.toUnicode("", encoding));
        }
        assertNull(LegacyVietnamese.normalize(null));
        assertEquals("", LegacyVietnamese.normalize(""));
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect((String) null));
        assertEquals(Encoding.UNICODE, LegacyVietnamese.detect(""));
    }

    @Test
    void charactersOutsideTheEncodingPassThrough() {
        assertEquals("Việt Nam – 2024 ✓", LegacyVietnamese.toUnicode("ViÖt Nam – 2024 ✓", Encoding.TCVN3));
        assertEquals("Việt Nam – 2024 ✓", LegacyVietnamese.toUnicode("Vieät Nam – 2024 ✓", Encoding.VNI));
        assertEquals("KP3-2024", LegacyVietnamese.toUnicode("KP3-2024", Encoding.VNI));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Syllable validator and speed
    // ---------------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"người", "được", "nguyễn", "nghiêng", "khuỷu", "quỳnh", "quốc", "giữ", "gì", "giếng",
            "thuở", "xoong", "khuyết", "oanh", "Huỳnh", "ĐỨC", "hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe", "yêu",
            "tuýp", "quoàng", "khoái", "rượu", "người"})
    void validVietnameseSyllablesAreAccepted(String word) {
        assertTrue(LegacyVietnamese.isSyllable(word, 0, word.length()), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cafộ", "müller", "nguyÔn", "bàt", "bat", "straße", "ngưyên", "fa", "qa", "hộlốne",
            "quốcc", "theỏ", "haù", "xoaõ", "ngừơi", "hoaì"})
    void invalidSyllablesAreRejected(String word) {
        assertFalse(LegacyVietnamese.isSyllable(word, 0, word.length()), word);
    }

    /** Its speed is measured by {@link LegacyVietnameseBench}, not asserted here. */
    @Test
    void detectionOfTwentyThousandCellsFindsEveryLegacyCell() {
        int legacy = 0;
        for (String cell : LegacyVietnameseBench.cells()) {
            if (LegacyVietnamese.detect(cell) != Encoding.UNICODE) {
                legacy++;
            }
            LegacyVietnamese.normalize(cell);
        }
        assertEquals(10_000, legacy);
    }
}

package vn.dangbo.shared.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.shared.text.LegacyVietnamese;
import vn.dangbo.shared.text.LegacyVietnamese.Encoding;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Text typed with the legacy TCVN3 (ABC) or VNI fonts, converted to Unicode NFC column by column: a whole column
 * tells its encoding far more reliably than one short cell (see {@link LegacyVietnamese#detect(java.util.Collection)}),
 * and one file may mix them (names typed in VNI, a column pasted from a Unicode source).
 */
public final class LegacyColumns {

    private LegacyColumns() {}

    /** A column that was converted (0-based index). */
    public record Converted(int column, Encoding encoding) {}

    public record Result(SheetData sheet, List<Converted> converted) {}

    /** Text with characters a legacy font stores (U+0080..U+00FF) and none that only Unicode has. */
    private static boolean legacyCandidate(List<String> column) {
        boolean high = false;
        for (String s : column) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch >= 0x80 && ch <= 0xFF) {
                    high = true;
                } else if (ch > 0xFF && !WINDOWS_1252_EXTRAS.contains(ch)) {
                    return false;
                }
            }
        }
        return high;
    }

    /** The characters windows-1252 puts at bytes 0x80..0x9F (legacy text decoded as windows-1252 may hold them). */
    private static final java.util.Set<Character> WINDOWS_1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".chars()
            .mapToObj(ch -> (char) ch).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A letter only Unicode text holds (ọ, ư, đ, ờ...): a legacy font stores its letters at U+0080..U+00FF. */
    private static boolean unicodeOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch > 0xFF && !WINDOWS_1252_EXTRAS.contains(ch)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row written in Unicode: some cell holds letters only Unicode has and no cell reads as legacy text on its
     * own. Typically the header row a clerk retyped over a TCVN3 list ("Họ và tên", "Giới tính", "Ghi chú"): it
     * keeps its text even where its column is legacy ("Ghi chú" would otherwise become "Ghi chỳ").
     */
    private static boolean unicodeRow(SheetData.Row row) {
        boolean unicode = false;
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            if (unicodeOnly(cell)) {
                unicode = true;
            } else if (LegacyVietnamese.detect(cell) != Encoding.UNICODE) {
                return false;
            }
        }
        return unicode;
    }

    /**
     * Converts each column by the encoding its own cells show. Cells that can only be Unicode and rows written in
     * Unicode (a retyped header) are left as they are and do not vote; a column whose cells are too short to tell
     * ("Nam", "N÷") follows the rest of the file. {@link Result#converted()} lists only the columns where some cell
     * actually changed.
     */
    public static Result convert(SheetData sheet) {
        int columns = sheet.columnCount();
        List<SheetData.Row> source = sheet.rows();
        boolean[] keepRow = new boolean[source.size()];
        for (int r = 0; r < source.size(); r++) {
            keepRow[r] = unicodeRow(source.get(r));
        }
        Encoding[] encodings = new Encoding[columns];
        List<List<String>> samples = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<String> column = new ArrayList<>();
            for (int r = 0; r < source.size(); r++) {
                String v = source.get(r).cell(c);
                if (!keepRow[r] && !v.isBlank() && !unicodeOnly(v)) {
                    column.add(v);
                }
            }
            samples.add(column);
            all.addAll(column);
            encodings[c] = LegacyVietnamese.detect(column);
        }
        // A column too short to tell ("Sè TT" reads as Unicode too, "N÷" is no word) follows the file when the file
        // is clearly legacy and the column holds nothing that only Unicode can hold.
        Encoding file = null;
        for (int c = 0; c < columns; c++) {
            if (encodings[c] == Encoding.UNICODE && legacyCandidate(samples.get(c))) {
                if (file == null) {
                    file = LegacyVietnamese.detect(all);
                }
                encodings[c] = file;
            }
        }
        boolean[] changed = new boolean[columns];
        List<SheetData.Row> rows = new ArrayList<>(source.size());
        for (int r = 0; r < source.size(); r++) {
            SheetData.Row row = source.get(r);
            List<String> cells = new ArrayList<>(row.cells().size());
            for (int c = 0; c < row.cells().size(); c++) {
                String v = row.cells().get(c);
                if (v.isEmpty()) {
                    cells.add(v);
                    continue;
                }
                Encoding encoding = keepRow[r] || unicodeOnly(v) ? Encoding.UNICODE : encodings[c];
                String unicode = VietnameseText.clean(LegacyVietnamese.toUnicode(v, encoding));
                if (encoding != Encoding.UNICODE
                        && !unicode.equals(VietnameseText.clean(LegacyVietnamese.toUnicode(v, Encoding.UNICODE)))) {
                    changed[c] = true;
                }
                cells.add(unicode);
            }
            rows.add(new SheetData.Row(row.number(), List.copyOf(cells)));
        }
        List<Converted> converted = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (changed[c]) {
                converted.add(new Converted(c, encodings[c]));
            }
        }
        return new Result(new SheetData(sheet.sheetName(), sheet.encoding(), rows), List.copyOf(converted));
    }
}

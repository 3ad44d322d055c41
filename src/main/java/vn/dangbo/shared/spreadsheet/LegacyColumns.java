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

    public static Result convert(SheetData sheet) {
        int columns = sheet.columnCount();
        Encoding[] encodings = new Encoding[columns];
        List<List<String>> samples = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<String> column = new ArrayList<>();
            for (SheetData.Row row : sheet.rows()) {
                String v = row.cell(c);
                if (!v.isBlank()) {
                    column.add(v);
                }
            }
            samples.add(column);
            all.addAll(column);
            encodings[c] = LegacyVietnamese.detect(column);
        }
        // A column too short to tell ("Sè TT" reads as Unicode too) follows the file when the file is clearly legacy
        // and the column holds nothing that only Unicode can hold.
        Encoding file = null;
        List<Converted> converted = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (encodings[c] == Encoding.UNICODE && legacyCandidate(samples.get(c))) {
                if (file == null) {
                    file = LegacyVietnamese.detect(all);
                }
                encodings[c] = file;
            }
            if (encodings[c] != Encoding.UNICODE) {
                converted.add(new Converted(c, encodings[c]));
            }
        }
        List<SheetData.Row> rows = new ArrayList<>(sheet.rows().size());
        for (SheetData.Row row : sheet.rows()) {
            List<String> cells = new ArrayList<>(row.cells().size());
            for (int c = 0; c < row.cells().size(); c++) {
                String v = row.cells().get(c);
                cells.add(v.isEmpty() ? v : VietnameseText.clean(LegacyVietnamese.toUnicode(v, encodings[c])));
            }
            rows.add(new SheetData.Row(row.number(), List.copyOf(cells)));
        }
        return new Result(new SheetData(sheet.sheetName(), sheet.encoding(), rows), List.copyOf(converted));
    }
}

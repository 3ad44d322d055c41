package vn.dangbo.member.importing;

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

    public static Result convert(SheetData sheet) {
        int columns = sheet.columnCount();
        Encoding[] encodings = new Encoding[columns];
        List<Converted> converted = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<String> samples = new ArrayList<>();
            for (SheetData.Row row : sheet.rows()) {
                String v = row.cell(c);
                if (!v.isBlank()) {
                    samples.add(v);
                }
            }
            encodings[c] = LegacyVietnamese.detect(samples);
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

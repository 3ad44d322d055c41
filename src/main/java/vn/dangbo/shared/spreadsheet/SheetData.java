package vn.dangbo.shared.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a sheet or CSV file as text, blank rows left out, each row with its number as the user sees it
 * (the spreadsheet row number, or the line of the CSV record), and how the bytes were decoded.
 *
 * @param encoding the byte encoding a CSV file was read with (UTF-8, windows-1252...), null for spreadsheets
 */
public record SheetData(String sheetName, String encoding, List<Row> rows) {

    /** A row of cells, trailing blank cells removed. */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public SheetData {
        rows = List.copyOf(rows);
    }

    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }

    /** What a character of the file that cannot be stored (NUL, another control character) reads as. */
    public static final char UNREADABLE = '\uFFFD';

    /**
     * Builds a row from cells, dropping trailing blank cells (null cells become ""). A character the database or an
     * Excel file cannot hold (a NUL byte...) becomes {@link #UNREADABLE}, which the checks of a row then refuse: the
     * row is a bad row to fix, not a server error when it is stored.
     */
    public static Row row(int number, List<String> cells) {
        List<String> c = new ArrayList<>(cells.size());
        for (String s : cells) {
            c.add(s == null ? "" : vn.dangbo.shared.web.StorableText.storable(s) ? s : readable(s));
        }
        int last = c.size();
        while (last > 0 && c.get(last - 1).isBlank()) {
            last--;
        }
        return new Row(number, List.copyOf(c.subList(0, last)));
    }

    private static String readable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(vn.dangbo.shared.web.StorableText.storable(Character.toString(cp))
                ? cp : UNREADABLE));
        return b.toString();
    }
}

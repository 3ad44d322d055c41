package vn.dangbo.resolution.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dangbo.shared.format.VietnameseNumbers;
import vn.dangbo.shared.spreadsheet.SheetData;

/**
 * Numbers of an imported cell: as {@link VietnameseNumbers} reads them ("12.467,1", "85,98", "14.5"), and with a
 * percent sign after them ("98,57%"), which a rate's cell often carries. Kept to the four decimals the database keeps
 * (so that a file imported twice compares equal), and below 10^16 (the database holds no more).
 */
public final class ImportNumbers {

    /** Numbers from this size on do not fit numeric(20, 4). */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

    private ImportNumbers() {}

    /** Whether a number read from a cell is too large to keep. */
    public static boolean tooLarge(BigDecimal value) {
        return value != null && value.abs().compareTo(LIMIT) >= 0;
    }

    /** The number of a cell; empty when it is blank or no number. */
    public static Optional<BigDecimal> parse(String cell) {
        if (VietnameseNumbers.blank(cell)) {
            return Optional.empty();
        }
        String s = cell.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return VietnameseNumbers.parse(s).map(n -> n.scale() > 4 ? n.setScale(4, RoundingMode.HALF_UP) : n);
    }

    /**
     * The number in a row's column, null when the cell is blank; a cell that is no number, or too large, adds the
     * row's problem told against the column as the file heads it, marks the field unreadable and gives null.
     */
    public static BigDecimal read(SheetData.Row row, List<String> mapping, List<String> headers, String field,
            List<RowProblem> problems, Set<String> unreadable) {
        String cell = UploadedSheet.cell(row, mapping, field);
        if (cell.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> value = parse(cell);
        String problem = value.isEmpty() ? "resolution.import.row.notANumber"
                : tooLarge(value.get()) ? "resolution.import.row.tooLarge" : null;
        if (problem != null) {
            problems.add(RowProblem.of(headers.get(mapping.indexOf(field)), problem, cell));
            unreadable.add(field);
            return null;
        }
        return value.get();
    }
}

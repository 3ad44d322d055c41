package vn.dangbo.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The visible sheets of a spreadsheet (.xlsx, and the older .xls) as text, the way a person reads them: text cells as
 * they are, date cells as dd/MM/yyyy, numbers without a spurious ".0", formulas by their cached value. Merged header
 * cells ("Ngày sinh" spread over the "Nam" and "Nữ" columns) give their text to every cell they cover. Which sheet
 * holds the data, and what its columns mean, is for the caller to decide.
 */
public final class WorkbookReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Merged regions starting this far down are header or title cells; below, merges are copied too (rare). */
    private static final int MERGE_FILL_ROWS = 40;

    /** How number cells become text. */
    public enum Numbers {
        /** "14.5", "90000001": a plain decimal point (identifiers, years, serials). */
        PLAIN,
        /**
         * "14,5", "12,4671": a decimal comma and no grouping, so that a Vietnamese number reader never takes the
         * decimals for thousands; a cell formatted as a percentage gives the percentage it shows ("98,57" for 0.9857).
         */
        DECIMAL_COMMA
    }

    /** Why a file could not be read. */
    public enum Problem { ENCRYPTED, UNREADABLE, TOO_MANY_ROWS }

    /** A file that is no readable spreadsheet, or that holds more rows than the caller accepts. */
    public static final class Unreadable extends RuntimeException {
        private final Problem problem;

        Unreadable(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private WorkbookReader() {}

    /**
     * The visible sheets that hold anything, in workbook order.
     *
     * @param maxRows a sheet with more rows than this is refused ({@link Problem#TOO_MANY_ROWS})
     * @param maxColumns cells to the right of this many columns are not read
     */
    public static List<SheetData> sheets(byte[] bytes, int maxRows, int maxColumns, Numbers numbers) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<SheetData> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    continue;
                }
                SheetData data = read(workbook.getSheetAt(i), maxRows, maxColumns, numbers);
                if (!data.rows().isEmpty()) {
                    sheets.add(data);
                }
            }
            return sheets;
        } catch (EncryptedDocumentException e) {
            throw new Unreadable(Problem.ENCRYPTED);
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(Problem.UNREADABLE);
        }
    }

    static SheetData read(Sheet sheet, int maxRows, int maxColumns, Numbers numbers) {
        if (sheet.getLastRowNum() + 1 > maxRows) {
            throw new Unreadable(Problem.TOO_MANY_ROWS);
        }
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                int last = Math.min(row.getLastCellNum(), maxColumns);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c), numbers));
                }
            }
            grid.add(cells);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() > MERGE_FILL_ROWS || merged.getFirstRow() >= grid.size()) {
                continue;
            }
            String value = cell(grid, merged.getFirstRow(), merged.getFirstColumn());
            if (value.isBlank()) {
                continue;
            }
            for (int r = merged.getFirstRow(); r <= Math.min(merged.getLastRow(), grid.size() - 1); r++) {
                for (int c = merged.getFirstColumn(); c <= Math.min(merged.getLastColumn(), maxColumns - 1); c++) {
                    List<String> cells = grid.get(r);
                    while (cells.size() <= c) {
                        cells.add("");
                    }
                    cells.set(c, value);
                }
            }
        }
        List<SheetData.Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            SheetData.Row row = SheetData.row(r + 1, grid.get(r));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new SheetData(sheet.getSheetName(), null, rows);
    }

    private static String cell(List<List<String>> grid, int r, int c) {
        List<String> row = grid.get(r);
        return c < row.size() ? row.get(c) : "";
    }

    /** The text of a cell as the user sees its value (dates as dd/MM/yyyy). */
    public static String text(Cell cell, Numbers numbers) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime dt = cell.getLocalDateTimeCellValue();
                    yield dt == null ? "" : DATE.format(dt);
                }
                double value = cell.getNumericCellValue();
                if (numbers == Numbers.PLAIN) {
                    yield plain(value);
                }
                String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
                boolean percent = format != null && format.contains("%");
                String plain = plain(value);
                if (plain.isEmpty()) {
                    yield plain;
                }
                BigDecimal d = new BigDecimal(plain);
                if (percent) {
                    d = d.movePointRight(2).stripTrailingZeros();
                }
                yield (d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString()).replace('.', ',');
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "x" : "";
            default -> "";
        };
    }

    /** 90000001 instead of 9.0000001E7; decimals only when there are any. */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
}

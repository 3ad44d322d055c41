package vn.dangbo.member.importing;

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
 * Reads the member list of a spreadsheet (.xlsx, and the older .xls): text cells as they are, date cells as
 * dd/MM/yyyy, numbers without a spurious ".0", formulas by their cached value. Merged header cells ("Ngày sinh"
 * spread over the "Nam" and "Nữ" columns) give their text to every cell they cover. Of several sheets, the one whose
 * header looks most like a member register is read.
 */
public final class XlsxReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Merged regions starting this far down are header or title cells; below, merges are copied too (rare). */
    private static final int MERGE_FILL_ROWS = 40;

    private XlsxReader() {}

    public static SheetData read(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            SheetData best = null;
            int bestScore = -1;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    continue;
                }
                SheetData data = read(workbook.getSheetAt(i));
                if (data.rows().isEmpty()) {
                    continue;
                }
                int score = HeaderRecognizer.find(LegacyColumns.convert(data).sheet().rows()).score();
                if (score > bestScore) {
                    best = data;
                    bestScore = score;
                }
            }
            if (best == null) {
                throw FileProblem.empty();
            }
            return best;
        } catch (EncryptedDocumentException e) {
            throw FileProblem.of("FILE_ENCRYPTED", "member.import.error.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof vn.dangbo.shared.DomainException de) {
                throw de;
            }
            throw FileProblem.unreadable();
        }
    }

    static SheetData read(Sheet sheet) {
        if (sheet.getLastRowNum() > ImportLimits.MAX_ROWS + ImportLimits.HEADER_SEARCH_ROWS + 100) {
            throw FileProblem.tooManyRows();
        }
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                int last = Math.min(row.getLastCellNum(), ImportLimits.MAX_COLUMNS);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c)));
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
                for (int c = merged.getFirstColumn(); c <= Math.min(merged.getLastColumn(), ImportLimits.MAX_COLUMNS - 1); c++) {
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
    static String text(Cell cell) {
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
                yield number(cell.getNumericCellValue());
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "x" : "";
            default -> "";
        };
    }

    /** 90000001 instead of 9.0000001E7; decimals only when there are any. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
}

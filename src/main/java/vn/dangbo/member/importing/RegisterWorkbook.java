package vn.dangbo.member.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.member.ImportField;

/**
 * A member register as an .xlsx sheet (exports and the import template): a title block, one bold header row that
 * stays in view (frozen) with an autofilter, then one row per member with dates as real Excel dates shown
 * dd/mm/yyyy and identifiers as text (so that leading zeros of citizen IDs and phones survive). Written with the
 * streaming workbook, which keeps only a window of rows in memory whatever the size of the list.
 */
public final class RegisterWorkbook implements AutoCloseable {

    /** Rows kept in memory while streaming. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final List<ImportField> columns;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle identifier;
    private int nextRow;
    private int headerRow = -1;

    /**
     * @param sheetName shown on the sheet tab (made safe for Excel)
     * @param columns   the columns in order; ORDINAL is numbered by the workbook
     */
    public RegisterWorkbook(String sheetName, List<ImportField> columns) {
        this.columns = List.copyOf(columns);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        identifier = workbook.createCellStyle();
        identifier.cloneStyleFrom(text);
        identifier.setDataFormat(workbook.createDataFormat().getFormat("@"));
        date = workbook.createCellStyle();
        date.cloneStyleFrom(text);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderTop(BorderStyle.THIN);
        header.setBorderLeft(BorderStyle.THIN);
        header.setBorderRight(BorderStyle.THIN);
        title = workbook.createCellStyle();
        title.setFont(big);
        for (int c = 0; c < this.columns.size(); c++) {
            sheet.setColumnWidth(c, width(this.columns.get(c)) * 256);
            if (this.columns.get(c).kind() == ImportField.Kind.IDENTIFIER) {
                sheet.setDefaultColumnStyle(c, identifier);
            } else if (this.columns.get(c).kind() == ImportField.Kind.DATE) {
                sheet.setDefaultColumnStyle(c, date);
            }
        }
    }

    /** A line of the title block, spread over the width of the table. */
    public void titleLine(String line, boolean big) {
        Row row = sheet.createRow(nextRow);
        Cell cell = row.createCell(0);
        cell.setCellValue(line);
        if (big) {
            cell.setCellStyle(title);
        }
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, columns.size() - 1));
        }
        nextRow++;
    }

    /** The header row, labels in column order; it stays in view when scrolling. */
    public void header(List<String> labels) {
        Row row = sheet.createRow(nextRow);
        row.setHeightInPoints(32);
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(header);
        }
        headerRow = nextRow;
        nextRow++;
        sheet.createFreezePane(0, nextRow);
    }

    /** A data row; values by column: String, LocalDate, Number or null. */
    public void row(List<Object> values) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(text);
            } else {
                cell.setCellValue(v.toString());
                cell.setCellStyle(columns.get(c).kind() == ImportField.Kind.IDENTIFIER ? identifier : text);
            }
        }
    }

    /** Writes the file (with the autofilter over the header and every data row). */
    public void write(OutputStream out) {
        if (headerRow >= 0) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Workbook workbook() {
        return workbook;
    }

    public Sheet sheet() {
        return sheet;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // temporary files are removed by close; nothing else to release
        }
    }

    private static int width(ImportField f) {
        return switch (f) {
            case ORDINAL -> 6;
            case FULL_NAME -> 26;
            case HOMETOWN, RESIDENCE, NOTES, OCCUPATION, ORGANIZATION -> 30;
            case CITIZEN_ID, CARD_NUMBER, PHONE, EMAIL, STATUS -> 16;
            case GENDER, ETHNICITY, RELIGION -> 10;
            default -> 13;
        };
    }
}

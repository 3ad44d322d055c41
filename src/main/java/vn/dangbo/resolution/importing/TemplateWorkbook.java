package vn.dangbo.resolution.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A template to fill in Excel: a title and a hint above a bold, frozen header; columns to fill on a light yellow
 * background and columns only to read on grey; drop-down lists kept on a hidden sheet "Danh mục" (so that labels
 * with commas and long lists work in every Excel version).
 */
public final class TemplateWorkbook implements AutoCloseable {

    /** The hidden sheet holding the lists of the drop-downs. */
    public static final String LISTS_SHEET = "Danh mục";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final Sheet lists;
    private final CellStyle title;
    private final CellStyle hint;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle readText;
    private final CellStyle readNumber;
    private int listColumn;

    public TemplateWorkbook(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        lists = workbook.createSheet(LISTS_SHEET);
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        title = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 13);
        title.setFont(bold);
        hint = workbook.createCellStyle();
        Font italic = workbook.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        hint.setFont(italic);
        header = workbook.createCellStyle();
        Font headerFont = workbook.createFont();
        headerFont.setBold(true);
        header.setFont(headerFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        border(header);
        short textFormat = workbook.createDataFormat().getFormat("@");
        short numberFormat = workbook.createDataFormat().getFormat("#,##0.####");
        text = cellStyle(IndexedColors.LIGHT_YELLOW, textFormat);
        number = cellStyle(IndexedColors.LIGHT_YELLOW, numberFormat);
        readText = cellStyle(IndexedColors.GREY_25_PERCENT, textFormat);
        readNumber = cellStyle(IndexedColors.GREY_25_PERCENT, numberFormat);
    }

    private CellStyle cellStyle(IndexedColors fill, short format) {
        CellStyle s = workbook.createCellStyle();
        s.setFillForegroundColor(fill.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setDataFormat(format);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        border(s);
        return s;
    }

    private static void border(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        s.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        s.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        s.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    }

    public Sheet sheet() {
        return sheet;
    }

    /** Title (bold) and hint (grey italic) lines above the header, each over the width of the header. */
    public void titleBlock(String titleText, String hintText, int columns) {
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue(titleText);
        t.getCell(0).setCellStyle(title);
        Row h = sheet.createRow(1);
        h.createCell(0).setCellValue(hintText);
        h.getCell(0).setCellStyle(hint);
        h.setHeightInPoints(48);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        }
    }

    /** The header row, bold, frozen with everything above it, with column widths in characters. */
    public void header(int rowIndex, List<String> labels, List<Integer> widths) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(32);
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
        }
        sheet.createFreezePane(0, rowIndex + 1);
    }

    /** Formats the cells a person fills in below the header, for the rows there are and some more. */
    public void prepare(int firstRow, int lastRow, List<Boolean> numeric, List<Boolean> readOnly) {
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = 0; c < numeric.size(); c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(style(numeric.get(c), readOnly.get(c)));
            }
        }
    }

    private CellStyle style(boolean isNumber, boolean isReadOnly) {
        if (isReadOnly) {
            return isNumber ? readNumber : readText;
        }
        return isNumber ? number : text;
    }

    public void set(int rowIndex, int column, String value) {
        if (value != null && !value.isEmpty()) {
            cell(rowIndex, column).setCellValue(value);
        }
    }

    public void set(int rowIndex, int column, BigDecimal value) {
        if (value != null) {
            cell(rowIndex, column).setCellValue(value.doubleValue());
        }
    }

    private Cell cell(int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    /**
     * A drop-down list in a column for rows {@code firstRow..lastRow}: a value outside the list is refused
     * ({@code strict}) or only warned about.
     */
    public void dropdown(String name, List<String> values, int column, int firstRow, int lastRow, boolean strict) {
        if (values.isEmpty()) {
            return;
        }
        int listCol = listColumn++;
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(listCol).setCellValue(values.get(i));
        }
        Name range = workbook.createName();
        range.setNameName(name);
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listCol);
        range.setRefersToFormula("'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + values.size());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(name);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

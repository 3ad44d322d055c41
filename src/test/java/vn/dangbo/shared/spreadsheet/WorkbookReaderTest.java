package vn.dangbo.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Cells of a workbook as text, the way a person reads them. */
class WorkbookReaderTest {

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Số liệu");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(12.4671);
            row.createCell(1).setCellValue(90000001);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            row.createCell(2).setCellValue(0.9857);
            row.getCell(2).setCellStyle(percent);
            row.createCell(3).setCellValue("Văn bản");
            sheet.createRow(2).createCell(0).setCellValue("");
            Sheet hidden = wb.createSheet("Ẩn");
            hidden.createRow(0).createCell(0).setCellValue("x");
            wb.setSheetHidden(1, true);
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void numbersArePlainOrWithADecimalCommaAndPercentagesAsShown() throws IOException {
        List<SheetData> plain = WorkbookReader.sheets(workbook(), 100, 10, WorkbookReader.Numbers.PLAIN);
        assertThat(plain).hasSize(1);
        assertThat(plain.get(0).rows().get(0).cells()).containsExactly("12.4671", "90000001", "0.9857", "Văn bản");
        List<SheetData> comma = WorkbookReader.sheets(workbook(), 100, 10, WorkbookReader.Numbers.DECIMAL_COMMA);
        assertThat(comma.get(0).rows().get(0).cells()).containsExactly("12,4671", "90000001", "98,57", "Văn bản");
        assertThat(comma.get(0).rows()).hasSize(1);
    }

    @Test
    void whatIsNoWorkbookOrHasTooManyRowsIsRefusedWithItsReason() throws IOException {
        assertThatThrownBy(() -> WorkbookReader.sheets("không phải".getBytes(StandardCharsets.UTF_8), 100, 10,
                WorkbookReader.Numbers.PLAIN))
                .isInstanceOfSatisfying(WorkbookReader.Unreadable.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkbookReader.Problem.UNREADABLE));
        byte[] wb = workbook();
        assertThatThrownBy(() -> WorkbookReader.sheets(wb, 1, 10, WorkbookReader.Numbers.PLAIN))
                .isInstanceOfSatisfying(WorkbookReader.Unreadable.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkbookReader.Problem.TOO_MANY_ROWS));
    }
}

package vn.dangbo.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's journey (J2): the office creates a resolution with three targets of different kinds and opens the
 * nine-month period; an owner (a cell secretary, on a phone) enters a value with evidence; the office enters the
 * others; the dashboard shows the percentages, statuses and "đạt 2/3 chỉ tiêu"; a task past its deadline shows
 * as overdue. Also the demo dashboard of Mỹ Thới: "đạt 10/11 chỉ tiêu" in 2024 and the nine-month 2025 figures.
 */
class ResolutionJourneyTest extends BrowserJourney {

    @Test
    void theOfficeFollowsAResolutionFromItsTargetsToTheNineMonthReview() {
        signIn("mythoi.vanphong");
        page.navigate(url("/resolutions/new"));
        page.selectOption("#kind", "THEMATIC");
        page.fill("#number", "21-NQ/ĐU");
        page.fill("#title", "Nghị quyết chuyên đề về chuyển đổi số năm 2026");
        page.fill("#issuedOn", "2026-01-10");
        page.fill("#startYear", "2026");
        page.fill("#endYear", "2026");
        page.fill("#breakthroughs", "Đẩy mạnh chuyển đổi số\nSố hóa hồ sơ đảng viên");
        shot("resolution-form");
        page.click("[data-testid=resolution-save]");
        assertThat(page.locator("[data-testid=resolution-title]")).hasText("Nghị quyết chuyên đề về chuyển đổi số năm 2026");
        String resolutionUrl = page.url();

        addTarget("1", "Hồ sơ thủ tục hành chính giải quyết trực tuyến", "hồ sơ", "AT_LEAST", "CUMULATIVE", "1.000", null);
        addTarget("2", "Tỷ lệ đảng viên sử dụng Sổ tay đảng viên điện tử", "%", "RATE", "LEVEL", "90", "Chi bộ Khu phố 1");
        // a first try with an unreadable number keeps everything typed and says why beside the field
        page.click("[data-testid=add-target]");
        page.fill("#code", "3");
        page.fill("#name", "Vụ vi phạm trật tự đô thị");
        page.selectOption("#kind", "AT_MOST");
        page.fill("#plans0\\.value", "mười hai");
        page.click("[data-testid=target-save]");
        assertThat(page.locator("[data-testid=error-plans]")).containsText("Không đọc được số");
        assertThat(page.locator("#name")).hasValue("Vụ vi phạm trật tự đô thị");
        shot("target-form-error-kept-input");
        page.fill("#plans0\\.value", "12");
        page.click("[data-testid=target-save]");
        assertThat(page.locator("[data-testid=target-table] tbody tr")).hasCount(3);
        shot("resolution-with-three-targets");

        page.navigate(url("/periods"));
        page.fill("#year", "2026");
        page.selectOption("#kind", "NINE_MONTHS");
        page.click("[data-testid=open-period] button[type=submit]");
        assertThat(page.locator("[data-testid=period-title]")).hasText("9 tháng 2026");
        String periodUrl = page.url();
        shot("nine-month-period-opened");

        // the owner of target 2 enters the value with evidence, on a phone
        BrowserContext phoneContext = newContext(390, 844);
        Page phone = phoneContext.newPage();
        signIn(phone, "mythoi.kp1");
        phone.navigate(periodUrl);
        sheet(phone).locator("[data-testid=enter-2]").click();
        phone.fill("input[name=value]", "92,5");
        phone.fill("textarea[name=note]", "92/100 đảng viên đã cài đặt và sử dụng.");
        phone.setInputFiles("input[name=files]", new FilePayload("bien-ban-kiem-tra.pdf", "application/pdf",
                "%PDF-1.4\n% biên bản kiểm tra\n".getBytes(StandardCharsets.UTF_8)));
        phone.click("[data-testid=result-save]");
        assertThat(phone.locator("[data-testid=flash]")).hasText("Đã lưu số liệu.");
        assertThat(phone.locator("[data-testid=result-value]")).hasText("92,5%");
        assertThat(phone.locator("[data-testid=evidence-list]")).containsText("bien-ban-kiem-tra.pdf");
        shot(phone, "owner-entered-value-with-evidence");
        phone.navigate(periodUrl);
        assertThat(sheet(phone).locator("[data-testid=enter-1]")).hasText("Xem");
        assertThat(sheet(phone).locator("[data-testid=enter-2]")).hasText("Nhập số liệu");
        shot(phone, "owner-sees-what-they-may-enter");
        phoneContext.close();

        enterValue(periodUrl, "1", "1.050");
        enterValue(periodUrl, "3", "14");
        page.navigate(periodUrl);
        shot("period-sheet-after-entry");

        // the office downloads the period's template (prefilled with what was entered), sends it back unchanged:
        // nothing to import; then corrects target 1 in the file and imports that one change
        Path template = download(() -> page.click("[data-testid=results-template]"));
        assertThat(template.getFileName()).hasToString("so-lieu-9-thang-2026.xlsx");
        page.click("[data-testid=results-import]");
        page.setInputFiles("[data-testid=excel-file]", template);
        page.click("[data-testid=excel-submit]");
        assertThat(page.locator("[data-testid=count-update]")).hasText("0");
        assertThat(page.locator("[data-testid=count-errors]")).hasText("0");
        assertThat(page.locator("[data-testid=import-nothing]")).isVisible();
        shot("results-template-round-trip-changes-nothing");
        page.click("[data-testid=import-discard]");

        page.navigate(periodUrl);
        page.click("[data-testid=results-import]");
        page.setInputFiles("[data-testid=excel-file]", changeValue(template, "21-NQ/ĐU", "1", 1100));
        page.click("[data-testid=excel-submit]");
        assertThat(page.locator("[data-testid=count-update]")).hasText("1");
        assertThat(page.locator("[data-testid=change-rows]")).containsText("1.050 → 1.100");
        shot("results-import-preview-one-change");
        page.click("[data-testid=import-confirm]");
        assertThat(page.locator("[data-testid=import-done]")).isVisible();

        page.navigate(resolutionUrl);
        page.click("[data-testid=open-dashboard]");
        assertThat(page.locator("[data-testid=achieved-count]")).hasText("đạt 2/3 chỉ tiêu");
        assertRow("1", "1.100 hồ sơ", "110%", "Vượt");
        assertRow("2", "92,5%", "102,78%", "Vượt");
        assertRow("3", "14", "bằng 116,67% mức trần", "Không đạt");
        shot("dashboard-dat-2-3-chi-tieu");

        // a task whose deadline has passed is flagged overdue on the task list and on the dashboard
        page.navigate(url("/programs/new"));
        page.selectOption("#kind", "PLAN");
        page.fill("#number", "22-KH/ĐU");
        page.fill("#title", "Kế hoạch triển khai Sổ tay đảng viên điện tử");
        page.fill("#issuedOn", "2026-01-15");
        page.click("[data-testid=program-save]");
        assertThat(page.locator("[data-testid=program-title]")).hasText("Kế hoạch triển khai Sổ tay đảng viên điện tử");
        page.click("[data-testid=add-task]");
        page.fill("#title", "Hướng dẫn đảng viên khu phố 1 cài đặt Sổ tay");
        page.selectOption("#leadOrganizationId", new SelectOption().setLabel("Chi bộ Khu phố 1"));
        page.fill("#deadline", "2026-03-31");
        page.click("[data-testid=task-save]");
        assertThat(page.locator("[data-testid=task-status] [data-testid=overdue-flag]")).hasText("Quá hạn");
        shot("task-overdue");
        page.navigate(url("/tasks?overdue=true"));
        assertThat(page.locator("[data-testid=task-table]")).containsText("Hướng dẫn đảng viên khu phố 1 cài đặt Sổ tay");
        shot("overdue-tasks");
    }

    @Test
    void theDemoDashboardOfMyThoiShowsSeed002AndSeed001() {
        signIn("mythoi.lanhdao");
        page.navigate(url("/dashboard"));
        page.selectOption("#resolution", new SelectOption().setLabel("Nghị quyết về nhiệm vụ chính trị năm 2024"));
        assertThat(page.locator("[data-testid=achieved-count]")).hasText("đạt 10/11 chỉ tiêu");
        assertRow("3", "611 lao động", "126%", "Vượt");
        shot("demo-2024-dat-10-11");
        page.selectOption("#resolution", new SelectOption().setLabel("Nghị quyết về nhiệm vụ chính trị năm 2025"));
        assertRow("1", "12,47 tỉ đồng", "85,98%", "Đang thực hiện");
        assertRow("2", "8/9 trường", "88,89%", "Đang thực hiện");
        assertRow("3", "93,64%", "98,57%", "Đang thực hiện");
        assertRow("4", "100%", "100%", "Đạt");
        assertThat(page.locator("[data-testid=tasks-OVERDUE]")).not().hasText("0");
        shot("demo-nine-months-2025");
        page.navigate(url("/dashboard/province?indicator=NEW_MEMBERS&year=2024&period=YEAR"));
        assertThat(page.locator("[data-testid=province-table]")).containsText("Đảng bộ phường Mỹ Thới");
        shot("province-overview-within-scope");
    }

    /** The file the browser downloads when {@code action} runs, saved under the name the server gives it. */
    private Path download(Runnable action) {
        Download download = page.waitForDownload(action);
        assertThat(download.failure()).isNull();
        try {
            Path file = Files.createTempDirectory("download-").resolve(download.suggestedFilename());
            download.saveAs(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a period's template with the value of one target of one resolution replaced. */
    private static Path changeValue(Path template, String resolution, String code, double value) {
        try (InputStream in = Files.newInputStream(template); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Số liệu");
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(3);
            Map<String, Integer> columns = new HashMap<>();
            header.forEach(cell -> columns.put(text.formatCellValue(cell).trim(), cell.getColumnIndex()));
            boolean changed = false;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && resolution.equals(text.formatCellValue(row.getCell(columns.get("Nghị quyết"))))
                        && code.equals(text.formatCellValue(row.getCell(columns.get("STT"))))) {
                    row.getCell(columns.get("Giá trị"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
                    changed = true;
                }
            }
            assertThat(changed).as("row %s of %s in the template", code, resolution).isTrue();
            Path changedFile = Files.createTempFile("so-lieu-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(changedFile)) {
                workbook.write(out);
            }
            return changedFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addTarget(String code, String name, String unit, String kind, String accumulation, String plan,
            String owner) {
        page.click("[data-testid=add-target]");
        page.fill("#code", code);
        page.fill("#name", name);
        page.fill("#unit", unit);
        page.selectOption("#kind", kind);
        page.selectOption("#accumulation", accumulation);
        page.fill("#plans0\\.value", plan);
        if (owner != null) {
            page.getByLabel(owner, new Page.GetByLabelOptions().setExact(true)).check();
        }
        page.click("[data-testid=target-save]");
        assertThat(page.locator("[data-testid=flash]")).hasText("Đã thêm chỉ tiêu.");
    }

    /** The sheet of the journey's resolution on the period page (the congress resolution covers the year too). */
    private static Locator sheet(Page p) {
        return p.locator("[data-testid=period-sheet-card]")
                .filter(new Locator.FilterOptions().setHasText("Nghị quyết chuyên đề về chuyển đổi số năm 2026"));
    }

    private void enterValue(String periodUrl, String code, String value) {
        page.navigate(periodUrl);
        sheet(page).locator("[data-testid=enter-" + code + "]").click();
        page.fill("input[name=value]", value);
        page.click("[data-testid=result-save]");
        assertThat(page.locator("[data-testid=flash]")).hasText("Đã lưu số liệu.");
    }

    private void assertRow(String code, String value, String percent, String status) {
        Locator row = page.locator("[data-testid=row-" + code + "]");
        assertThat(row.locator("td").nth(3)).hasText(value);
        assertThat(row.locator("td").nth(4)).hasText(percent);
        assertThat(row.locator("td").nth(5)).containsText(status);
    }
}

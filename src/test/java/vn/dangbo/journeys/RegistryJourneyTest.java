package vn.dangbo.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 2's journey: the ward office finds a member by typing without diacritics, adds a member (first with
 * an error, then fixed), imports a register with two bad rows (both reported, nothing imported) then the fixed one,
 * transfers a member and sees the history; a cell secretary cannot open another cell's
 * member; the administrator sees all of it in the audit trail.
 */
class RegistryJourneyTest extends BrowserJourney {

    @Autowired Clock clock;

    @Test
    void theWardOfficeKeepsTheRegisterAndACellSecretaryStaysInsideTheirCell() {
        signIn("mythoi.vanphong");
        shot("home");

        page.navigate(url("/members"));
        page.fill("[data-testid=member-search]", "nguyen thi anh");
        assertThat(page.locator("[data-testid=member-table] tbody tr").first()).containsText("Nguyễn Thị Ánh");
        assertThat(page.locator("[data-testid=result-count]")).containsText("trên 1 đảng viên");
        shot("search-nguyen-thi-anh");

        page.navigate(url("/members/new"));
        page.selectOption("#organizationId", new SelectOption().setLabel("Chi bộ Khu phố 2"));
        page.fill("#fullName", "Hồ Thị Bích Vân");
        page.fill("#dateOfBirth", "1988-07-14");
        page.selectOption("#gender", "FEMALE");
        page.fill("#hometown", "Chợ Mới, An Giang");
        // tomorrow, by the application's clock: refused as a date in the future
        page.fill("#admissionDate", LocalDate.now(clock).plusDays(1).toString());
        page.fill("#cardNumber", "91700001");
        page.fill("#phone", "0900777001");
        page.click("[data-testid=member-save]");
        assertThat(page.locator("[data-testid=error-admissionDate]")).hasText("Ngày này không được sau ngày hôm nay.");
        assertThat(page.locator("#fullName")).hasValue("Hồ Thị Bích Vân");
        assertThat(page.locator("#hometown")).hasValue("Chợ Mới, An Giang");
        assertThat(page.locator("#cardNumber")).hasValue("91700001");
        assertThat(page.locator("#dateOfBirth")).hasValue("14/07/1988");
        shot("validation-error-beside-the-field");

        page.fill("#admissionDate", "2015-03-03");
        page.fill("#officialDate", "2016-03-10");
        page.click("[data-testid=member-save]");
        assertThat(page.locator("[data-testid=member-name]")).hasText("Hồ Thị Bích Vân");
        assertThat(page.locator("[data-testid=flash]")).hasText("Đã thêm đảng viên.");
        assertThat(page.locator("[data-testid=member-organization]")).hasText("Chi bộ Khu phố 2");
        String memberUrl = page.url();
        shot("member-added");

        page.click("[data-testid=transfer-button]");
        page.selectOption("#kind", "OFFICIAL");
        page.selectOption("#toOrganizationId", new SelectOption().setLabel("Chi bộ Khu phố 3"));
        page.fill("#effectiveDate", "2026-11-02");
        page.fill("#decisionRef", "QĐ 101-QĐ/ĐU");
        shot("transfer-form");
        page.click("[data-testid=transfer-submit]");
        assertThat(page.locator("[data-testid=member-organization]")).hasText("Chi bộ Khu phố 3");
        assertThat(page.locator("[data-testid=transfer-history] li").first())
                .containsText("từ Chi bộ Khu phố 2");
        assertThat(page.locator("[data-testid=transfer-history] li").first())
                .containsText("đến Chi bộ Khu phố 3");
        shot("transferred-with-history");

        importAListWithTwoBadRowsThenTheFixedList();

        BrowserContext secretary = newContext(390, 844);
        Page phone = secretary.newPage();
        signIn(phone, "mythoi.kp1");
        com.microsoft.playwright.Response denied = phone.navigate(memberUrl);
        // another cell's member reads exactly like an unknown one: no telling which ids exist elsewhere
        assertThat(denied.status()).isEqualTo(404);
        assertThat(phone.locator("[data-testid=error-page]")).containsText("Không tìm thấy");
        shot(phone, "cell-secretary-refused-another-cells-member");
        phone.navigate(url("/members"));
        assertThat(phone.locator("[data-testid=member-table]")).not().containsText("Hồ Thị Bích Vân");
        shot(phone, "cell-secretary-sees-own-cell-on-a-phone");
        secretary.close();

        signOut();
        signIn("admin");
        String id = memberUrl.substring(memberUrl.lastIndexOf('/') + 1);
        page.navigate(url("/audit?entityType=MEMBER&entityId=" + id));
        var table = page.locator("[data-testid=audit-table]");
        assertThat(table).containsText("Thêm đảng viên Hồ Thị Bích Vân");
        assertThat(table).containsText("Chuyển sinh hoạt đảng viên Hồ Thị Bích Vân");
        assertThat(table).containsText("Xem hồ sơ đảng viên Hồ Thị Bích Vân");
        assertThat(table).containsText("mythoi.vanphong");
        shot("audit-trail-of-the-member");
        page.navigate(url("/audit?action=ACCESS_DENIED&actor=mythoi.kp1"));
        assertThat(page.locator("[data-testid=audit-table]")).containsText("GET /members/" + id);
        shot("audit-trail-of-the-refusal");
    }

    /** Upload a register with two bad rows: both reported, nothing imported; upload the fixed one and import it. */
    private void importAListWithTwoBadRowsThenTheFixedList() {
        String[][] bad = {
            {"1", "Lưu Thị Mộng Tuyền", "12/05/1979", "Nữ", "Kinh", "Mỹ Hòa Hưng", "03/02/2005", "10/02/2006", "91600001"},
            {"2", "Phan Văn Bửu", "31/02/1980", "Nam", "Kinh", "Long Xuyên", "19/05/2008", "20/05/2009", "91600002"},
            {"3", "Quan Thị Ngọc Hà", "07/07/1990", "Nữ", "Hoa", "Mỹ Thới", "01/03/2001", "", "91600003"},
            {"4", "Trịnh Hoài Nam", "22/11/1985", "Nam", "Kinh", "Mỹ Thạnh", "09/09/2012", "12/09/2013", "91600004"}};
        page.navigate(url("/members/import"));
        page.selectOption("[data-testid=import-target]", new SelectOption().setLabel("Chi bộ Khu phố 4"));
        page.setInputFiles("[data-testid=import-file]", new FilePayload("so-danh-sach-kp4.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", register(bad)));
        shot("import-upload");
        page.click("[data-testid=import-submit]");
        assertThat(page.locator("[data-testid=count-errors]")).containsText("2");
        assertThat(page.locator("[data-testid=bad-rows] tbody tr")).hasCount(2);
        assertThat(page.locator("[data-testid=bad-rows] tr[data-row]").first()).containsText("Phan Văn Bửu");
        assertThat(page.locator("[data-testid=bad-rows]")).containsText("Quan Thị Ngọc Hà");
        shot("import-preview-two-bad-rows");
        page.navigate(url("/members?q=luu thi mong tuyen"));
        assertThat(page.locator("[data-testid=no-results]")).isVisible();

        String[][] fixed = bad.clone();
        fixed[1] = new String[] {"2", "Phan Văn Bửu", "28/02/1980", "Nam", "Kinh", "Long Xuyên", "19/05/2008", "20/05/2009", "91600002"};
        fixed[2] = new String[] {"3", "Quan Thị Ngọc Hà", "07/07/1990", "Nữ", "Hoa", "Mỹ Thới", "01/03/2011", "", "91600003"};
        page.navigate(url("/members/import"));
        page.selectOption("[data-testid=import-target]", new SelectOption().setLabel("Chi bộ Khu phố 4"));
        page.setInputFiles("[data-testid=import-file]", new FilePayload("so-danh-sach-kp4-da-sua.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", register(fixed)));
        page.click("[data-testid=import-submit]");
        assertThat(page.locator("[data-testid=count-create]")).containsText("4");
        shot("import-preview-fixed");
        page.click("[data-testid=import-confirm]");
        assertThat(page.locator("[data-testid=import-done]")).containsText("4");
        shot("import-done");
        page.navigate(url("/members?q=luu thi mong tuyen"));
        assertThat(page.locator("[data-testid=member-table]")).containsText("Lưu Thị Mộng Tuyền");
    }

    /** A member register (sổ danh sách đảng viên, form 7-HSĐV) as the wards keep it in Excel. */
    private static byte[] register(String[][] rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("SỔ DANH SÁCH ĐẢNG VIÊN");
            String[] headers = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Quê quán", "Ngày vào Đảng",
                    "Ngày chính thức", "Số thẻ đảng viên"};
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

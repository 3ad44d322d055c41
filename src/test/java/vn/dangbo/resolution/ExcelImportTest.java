package vn.dangbo.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.resolution.ResolutionManagement.TargetView;
import vn.dangbo.resolution.domain.TargetPlan;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Excel templates and imports of a resolution's targets and of a period's values, through the pages, as the ward
 * office of Mỹ Thới and the secretary of its Chi bộ Khu phố 1: a template opens in Excel with its headers, drop-downs
 * and the targets there are; a file with bad rows reports each with every reason and writes nothing; a corrected file
 * creates the targets, a second one updates them; a template imported back changes nothing; imported values reach the
 * ward dashboard; a closed period and rows the account may not enter are errors. Every test works on a resolution
 * of its own, in years no other test uses.
 */
@DangboTest
class ExcelImportTest {

    private static final String OFFICE = "mythoi.vanphong";
    private static final String CELL = "mythoi.kp1";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Each test gets years of its own (periods are unique per organization, year and kind). */
    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired ResolutionManagement resolutions;
    @Autowired ReportingPeriods periods;
    @Autowired TargetResults results;
    @Autowired Dashboards dashboards;
    @Autowired JdbcClient jdbc;

    // ---------------------------------------------------------------------------------------------------------------
    // Targets
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void theTargetsTemplateHasVietnameseHeadersDropDownsAndTheTargetsThereAre() throws Exception {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year + 1);
        as.run(OFFICE, () -> {
            resolutions.addTarget(r, new TargetData("1", "Thu ngân sách nhà nước", "tỉ đồng", Area.ECONOMY,
                    TargetKind.PERCENT_OF_ESTIMATE, Accumulation.CUMULATIVE, null, 2, Rollup.DIRECT, "BUDGET_REVENUE",
                    "Theo dự toán giao", Map.of(year, plan("14.5", null), year + 1, plan("15.25", null)), List.of()));
            resolutions.addTarget(r, new TargetData("2", "Trường đạt chuẩn quốc gia", "trường", Area.CULTURE_SOCIETY,
                    TargetKind.COUNT_OF_TOTAL, Accumulation.LEVEL, new BigDecimal("9"), 0, Rollup.DIRECT, null, null,
                    Map.of(year + 1, plan("8", "9")), List.of()));
        });

        try (Workbook wb = workbook(download("/resolutions/" + r + "/targets/template.xlsx", OFFICE))) {
            Sheet sheet = wb.getSheet("Chỉ tiêu");
            assertThat(cells(sheet.getRow(3))).containsExactly("STT", "Chỉ tiêu", "Đơn vị tính", "Lĩnh vực",
                    "Loại chỉ tiêu", "Cách tính", "Kế hoạch " + year, "Kế hoạch " + (year + 1), "Tổng số " + year + " (x/y)",
                    "Tổng số " + (year + 1) + " (x/y)", "Cả nhiệm kỳ", "Chỉ tiêu chung của tỉnh", "Ghi chú");
            assertThat(cells(sheet.getRow(4))).containsExactly("1", "Thu ngân sách nhà nước", "tỉ đồng", "Kinh tế",
                    "Phần trăm dự toán", "Lũy kế từ đầu năm", "14.5", "15.25", "", "", "", "Thu ngân sách nhà nước",
                    "Theo dự toán giao");
            assertThat(cells(sheet.getRow(5))).containsExactly("2", "Trường đạt chuẩn quốc gia", "trường",
                    "Văn hóa – xã hội", "Số lượng trên tổng số (x/y)", "Mức đạt tại thời điểm", "", "8", "", "9", "9");
            assertThat(sheet.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .containsExactlyInAnyOrder("DS_LinhVuc", "DS_LoaiChiTieu", "DS_CachTinh", "DS_ChiTieuChung");
            DataValidation kinds = sheet.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getFormula1().equals("DS_LoaiChiTieu")).findFirst().orElseThrow();
            assertThat(kinds.getRegions().getCellRangeAddress(0).formatAsString()).startsWith("E5:E");
            Sheet lists = wb.getSheet("Danh mục");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(lists))).isTrue();
            List<String> kindLabels = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                kindLabels.add(lists.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(kindLabels).containsExactly("Đạt tối thiểu", "Không vượt quá (trần)",
                    "Số lượng trên tổng số (x/y)", "Phần trăm dự toán", "Tỷ lệ (%)");
        }
    }

    @Test
    void aTargetsFileWithTwoBadRowsReportsBothWithEveryReasonAndWritesNothing() throws Exception {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year + 1);
        List<Object[]> rows = goodTargets(year);
        rows.add(new Object[] {"3", "", "hộ", "Nông nghiệp", "Đạt tối thiểu", "Lũy kế", "mười", null, null, null});
        rows.add(new Object[] {"4", "Tỷ lệ bao phủ bảo hiểm y tế", "%", "Văn hóa – xã hội", "Tỷ lệ", "Tại thời điểm",
                120, -5, null, null});
        long id = uploadTargets(r, xlsx(targetHeader(year), rows));

        Document page = page("/resolutions/" + r + "/targets/import/" + id, OFFICE);
        assertThat(page.select("[data-testid=count-errors]").text()).isEqualTo("2");
        assertThat(page.select("[data-testid=count-create]").text()).isEqualTo("2");
        Element bad = page.selectFirst("[data-testid=bad-rows]");
        assertThat(bad.select("tbody tr")).extracting(tr -> tr.attr("data-row")).containsExactly("4", "5");
        assertThat(bad.selectFirst("tr[data-row=4]").select("li")).extracting(Element::text).containsExactlyInAnyOrder(
                "Tên chỉ tiêu: thiếu thông tin bắt buộc.",
                "Lĩnh vực: “Nông nghiệp” không có trong danh sách; chọn một trong: Kinh tế; Văn hóa – xã hội; "
                        + "Quốc phòng – an ninh; Xây dựng Đảng và hệ thống chính trị.",
                "KH " + year + ": “mười” không phải là số; viết theo kiểu 14,5 hoặc 12.000.");
        assertThat(bad.selectFirst("tr[data-row=5]").select("li")).extracting(Element::text).containsExactlyInAnyOrder(
                "KH " + year + ": Tỷ lệ kế hoạch năm " + year + " không được lớn hơn 100%.",
                "KH " + (year + 1) + ": Không được là số âm.");
        assertThat(page.select("[data-testid=import-confirm]")).isEmpty();
        assertThat(page.select("[data-testid=import-confirm-only-valid]").text())
                .isEqualTo("Chỉ nhập 2 dòng hợp lệ, bỏ qua 2 dòng lỗi");

        MvcResult refused = mvc.perform(post("/resolutions/" + r + "/targets/import/" + id + "/confirm")
                .with(as.user(OFFICE)).with(csrf())).andReturn();
        assertThat(refused.getFlashMap().get("importError")).isEqualTo("resolution.import.error.hasErrors");
        assertThat(targetsOf(r)).isEmpty();
    }

    @Test
    void aCorrectedFileCreatesTheTargetsWithTheirPlansAndAnotherUpdatesThemInsteadOfDuplicating() throws Exception {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year + 1);
        long id = uploadTargets(r, xlsx(targetHeader(year), goodTargets(year)));
        assertThat(page("/resolutions/" + r + "/targets/import/" + id, OFFICE).select("[data-testid=count-create]").text())
                .isEqualTo("2");
        confirm("/resolutions/" + r + "/targets/import/" + id, false);

        List<TargetView> created = targetsOf(r);
        assertThat(created).extracting(v -> v.target().code()).containsExactly("1", "2");
        TargetView members = created.get(0);
        assertThat(members.target().name()).isEqualTo("Phát triển đảng viên mới");
        assertThat(members.target().area()).isEqualTo(Area.PARTY_BUILDING);
        assertThat(members.target().kind()).isEqualTo(TargetKind.AT_LEAST);
        assertThat(members.target().accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(members.target().indicatorCode()).isEqualTo("NEW_MEMBERS");
        assertThat(plans(members)).containsExactly(Map.entry(year, "14"), Map.entry(year + 1, "15"));
        TargetView schools = created.get(1);
        assertThat(schools.target().kind()).isEqualTo(TargetKind.COUNT_OF_TOTAL);
        assertThat(schools.plans().get(year).planValue()).isEqualByComparingTo("8");
        assertThat(schools.plans().get(year).total()).isEqualByComparingTo("9");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'TARGET_IMPORT' AND entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        List<Object[]> changed = goodTargets(year);
        changed.get(0)[7] = "16";
        long again = uploadTargets(r, xlsx(targetHeader(year), changed));
        Document page = page("/resolutions/" + r + "/targets/import/" + again, OFFICE);
        assertThat(page.select("[data-testid=count-update]").text()).isEqualTo("1");
        assertThat(page.select("[data-testid=count-unchanged]").text()).isEqualTo("1");
        assertThat(page.select("[data-testid=count-create]").text()).isEqualTo("0");
        assertThat(page.select("[data-testid=change-rows] tr[data-row=2] li").eachText())
                .containsExactly("KH " + (year + 1) + ": 15 → 16");
        confirm("/resolutions/" + r + "/targets/import/" + again, false);
        List<TargetView> updated = targetsOf(r);
        assertThat(updated).extracting(v -> v.target().id())
                .containsExactly(created.get(0).target().id(), created.get(1).target().id());
        assertThat(plans(updated.get(0))).containsExactly(Map.entry(year, "14"), Map.entry(year + 1, "16"));
    }

    @Test
    void theTemplateOfATargetsListImportedBackChangesNothing() throws Exception {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year + 2);
        long first = uploadTargets(r, xlsx(targetHeader(year), goodTargets(year)));
        confirm("/resolutions/" + r + "/targets/import/" + first, false);

        long id = uploadTargets(r, download("/resolutions/" + r + "/targets/template.xlsx", OFFICE));
        Document page = page("/resolutions/" + r + "/targets/import/" + id, OFFICE);
        assertThat(page.select("[data-testid=count-unchanged]").text()).isEqualTo("2");
        assertThat(page.select("[data-testid=count-errors]").text()).isEqualTo("0");
        assertThat(page.select("[data-testid=import-nothing]")).hasSize(1);
    }

    @Test
    void onlyTheValidRowsAreImportedWhenTheUserExplicitlyChoosesThat() throws Exception {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year + 1);
        List<Object[]> rows = goodTargets(year);
        rows.add(new Object[] {"1", "Trùng số thứ tự", "hộ", "Kinh tế", "Đạt tối thiểu", "Lũy kế", 1, null, null, null});
        long id = uploadTargets(r, xlsx(targetHeader(year), rows));
        Document page = page("/resolutions/" + r + "/targets/import/" + id, OFFICE);
        assertThat(page.select("[data-testid=bad-rows] tbody tr")).extracting(tr -> tr.attr("data-row"))
                .containsExactly("2", "4");
        assertThat(page.selectFirst("[data-testid=bad-rows] tr[data-row=2] li").text())
                .isEqualTo("Số TT: STT “1” lặp lại ở dòng 4 của tệp.");

        confirm("/resolutions/" + r + "/targets/import/" + id, true);
        assertThat(targetsOf(r)).extracting(v -> v.target().code()).containsExactly("2");
        Document done = page("/resolutions/" + r + "/targets/import/" + id, OFFICE);
        assertThat(done.select("[data-testid=import-done]").text()).isEqualTo("Đã nhập xong: thêm mới 1, cập nhật 0 chỉ tiêu.");
        assertThat(done.select("[data-testid=bad-rows] tbody tr")).hasSize(2);
    }

    @Test
    void aFileThatIsNoSpreadsheetOrHasNoHeaderKeepsTheUserOnTheUploadFormWithAVietnameseMessage() throws Exception {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year);
        assertThat(uploadError(r, new MockMultipartFile("file", "chi-tieu.csv", "text/csv",
                "STT,Chỉ tiêu\n1,Thử\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Chỉ nhận tệp Excel (.xlsx). Hãy tải tệp mẫu ở trang này, điền rồi tải lên lại.");
        assertThat(uploadError(r, new MockMultipartFile("file", "hong.xlsx", XLSX, "PK không phải tệp zip".getBytes(
                StandardCharsets.UTF_8))))
                .isEqualTo("Không đọc được tệp này. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi tải lên lại.");
        assertThat(uploadError(r, new MockMultipartFile("file", "rong.xlsx", XLSX, new byte[0])))
                .isEqualTo("Tệp trống, không có dữ liệu.");
        assertThat(uploadError(r, new MockMultipartFile("file", "khac.xlsx", XLSX,
                xlsx(new String[] {"Họ và tên", "Ngày sinh"}, List.<Object[]>of(new Object[] {"Nguyễn Văn A", "1/1/1990"})))))
                .startsWith("Không tìm thấy dòng tiêu đề có cột STT");
        byte[] large = new byte[6 * 1024 * 1024];
        large[0] = 'P';
        large[1] = 'K';
        assertThat(uploadError(r, new MockMultipartFile("file", "lon.xlsx", XLSX, large)))
                .isEqualTo("Tệp quá lớn (tối đa 5 MB).");
    }

    @Test
    void aCellSecretaryCannotDownloadOrImportTargets() throws Exception {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year);
        assertThat(mvc.perform(get("/resolutions/" + r + "/targets/template.xlsx").with(as.user(CELL))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/resolutions/" + r + "/targets/import").with(as.user(CELL))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart("/resolutions/" + r + "/targets/import")
                .file(new MockMultipartFile("file", "chi-tieu.xlsx", XLSX, xlsx(targetHeader(year), goodTargets(year))))
                .with(as.user(CELL)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(targetsOf(r)).isEmpty();
        Document show = page("/resolutions/" + r, CELL);
        assertThat(show.select("[data-testid=targets-import], [data-testid=targets-template]")).isEmpty();
        assertThat(page("/resolutions/" + r, OFFICE).select("[data-testid=targets-import]")).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Values of a period
    // ---------------------------------------------------------------------------------------------------------------

    /** A resolution of one year with a rate, an x/y target and a target cascaded to two cells; its year's period. */
    private record Fixture(long resolution, long period, long rate, long schools, long members, long kp1, long kp2) {}

    private Fixture periodFixture() {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year);
        long kp1 = orgId("Chi bộ Khu phố 1");
        long kp2 = orgId("Chi bộ Khu phố 2");
        return as.call(OFFICE, () -> {
            long rate = resolutions.addTarget(r, new TargetData("1", "Tỷ lệ bao phủ bảo hiểm y tế", "%",
                    Area.CULTURE_SOCIETY, TargetKind.RATE, Accumulation.LEVEL, null, 2, Rollup.DIRECT, null, null,
                    Map.of(year, plan("95", null)), List.of()));
            long schools = resolutions.addTarget(r, new TargetData("2", "Trường đạt chuẩn quốc gia", "trường",
                    Area.CULTURE_SOCIETY, TargetKind.COUNT_OF_TOTAL, Accumulation.LEVEL, null, 0, Rollup.DIRECT, null,
                    null, Map.of(year, plan("9", "9")), List.of()));
            long members = resolutions.addTarget(r, new TargetData("3", "Phát triển đảng viên mới", "đảng viên",
                    Area.PARTY_BUILDING, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, null, 0, Rollup.SUM, null, null,
                    Map.of(year, plan("10", null)), List.of(kp1, kp2)));
            long period = periods.open(wardId(), year, PeriodKind.YEAR, null, null);
            return new Fixture(r, period, rate, schools, members, kp1, kp2);
        });
    }

    @Test
    void aFilledInValuesTemplateEntersTheValuesAndTheWardDashboardShowsThem() throws Exception {
        Fixture f = periodFixture();
        byte[] template = download("/periods/" + f.period() + "/results/template.xlsx", OFFICE);
        byte[] filled;
        try (Workbook wb = workbook(template)) {
            Sheet sheet = wb.getSheet("Số liệu");
            assertThat(cells(sheet.getRow(3))).containsExactly("Nghị quyết", "STT", "Chỉ tiêu", "Đơn vị", "Đơn vị tính",
                    "Kế hoạch", "Giá trị", "Tổng số (x/y)", "Ghi chú");
            Map<String, Row> byKey = new LinkedHashMap<>();
            for (int i = 4; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                byKey.put(text(row, 1) + "/" + text(row, 3), row);
            }
            assertThat(byKey.keySet()).containsExactly("1/Đảng bộ phường Mỹ Thới", "2/Đảng bộ phường Mỹ Thới",
                    "3/Chi bộ Khu phố 1", "3/Chi bộ Khu phố 2");
            assertThat(text(byKey.get("2/Đảng bộ phường Mỹ Thới"), 5)).isEqualTo("9/9");
            byKey.get("1/Đảng bộ phường Mỹ Thới").createCell(6).setCellValue("97,5");
            byKey.get("2/Đảng bộ phường Mỹ Thới").createCell(6).setCellValue(8);
            byKey.get("2/Đảng bộ phường Mỹ Thới").createCell(7).setCellValue(9);
            byKey.get("2/Đảng bộ phường Mỹ Thới").createCell(8).setCellValue("8/9 trường đạt chuẩn quốc gia.");
            byKey.get("3/Chi bộ Khu phố 1").createCell(6).setCellValue(4);
            byKey.get("3/Chi bộ Khu phố 2").createCell(6).setCellValue("3");
            filled = bytes(wb);
        }
        long id = uploadResults(f.period(), filled, OFFICE);
        Document page = page("/periods/" + f.period() + "/results/import/" + id, OFFICE);
        assertThat(page.select("[data-testid=count-create]").text()).isEqualTo("4");
        assertThat(page.select("[data-testid=count-errors]").text()).isEqualTo("0");
        confirm("/periods/" + f.period() + "/results/import/" + id, false);

        Dashboards.WardDashboard d = as.call(OFFICE, () -> dashboards.ward(f.resolution(), f.period()));
        Map<String, Dashboards.TargetRow> rows = new LinkedHashMap<>();
        d.rows().forEach(x -> rows.put(x.target().code(), x));
        assertThat(rows.get("1").value()).isEqualByComparingTo("97.5");
        assertThat(rows.get("1").percentText()).isEqualTo("102,63%");
        assertThat(rows.get("1").status()).isEqualTo(AchievementStatus.EXCEEDED);
        assertThat(rows.get("2").valueText()).isEqualTo("8/9 trường");
        assertThat(rows.get("2").status()).isEqualTo(AchievementStatus.NOT_MET);
        assertThat(rows.get("3").value()).isEqualByComparingTo("7");
        assertThat(rows.get("3").percentText()).isEqualTo("70%");
        assertThat(rows.get("3").status()).isEqualTo(AchievementStatus.NOT_MET);
        assertThat(jdbc.sql("SELECT count(*) FROM target_result_history h JOIN target_result r ON r.id = h.result_id "
                        + "WHERE r.period_id = ? AND h.action = 'ENTER' AND h.actor = ?")
                .params(f.period(), OFFICE).query(Long.class).single()).isEqualTo(4);

        long again = uploadResults(f.period(), download("/periods/" + f.period() + "/results/template.xlsx", OFFICE),
                OFFICE);
        Document roundTrip = page("/periods/" + f.period() + "/results/import/" + again, OFFICE);
        assertThat(roundTrip.select("[data-testid=count-unchanged]").text()).isEqualTo("4");
        assertThat(roundTrip.select("[data-testid=import-nothing]")).hasSize(1);
    }

    @Test
    void badValuesUnknownTargetsAndOrganizationsAreEachReportedWithTheirReasons() throws Exception {
        Fixture f = periodFixture();
        String[] header = {"STT", "Đơn vị", "Giá trị", "Tổng số", "Ghi chú"};
        long id = uploadResults(f.period(), xlsx(header, List.of(
                new Object[] {"1", null, "khoảng 90", null, null},
                new Object[] {"1", null, "120", null, null},
                new Object[] {"2", null, 10, 9, null},
                new Object[] {"2", null, 8, null, null},
                new Object[] {"3", "Chi bộ Khu phố 9", 1, null, null},
                new Object[] {"3", null, 1, null, null},
                new Object[] {"7", null, 1, null, null},
                new Object[] {"3", "Chi bộ Khu phố 1", "-2", null, null},
                new Object[] {"3", "chi bo khu pho 2", "", null, "chưa có số liệu"},
                new Object[] {"3", "Chi bộ Khu phố 2", "123456789012345678", null, null})), OFFICE);
        Document page = page("/periods/" + f.period() + "/results/import/" + id, OFFICE);
        assertThat(page.select("[data-testid=count-errors]").text()).isEqualTo("9");
        assertThat(page.select("[data-testid=count-blank]").text()).isEqualTo("1");
        assertThat(reasons(page)).containsExactly(
                Map.entry("2", List.of("Giá trị: “khoảng 90” không phải là số; viết theo kiểu 14,5 hoặc 12.000.",
                        "Cùng chỉ tiêu và đơn vị với dòng 3 của tệp.")),
                Map.entry("3", List.of("Giá trị: Tỷ lệ không được lớn hơn 100%.",
                        "Cùng chỉ tiêu và đơn vị với dòng 2 của tệp.")),
                Map.entry("4", List.of("Giá trị: Số đạt không được lớn hơn tổng số.",
                        "Cùng chỉ tiêu và đơn vị với dòng 5 của tệp.")),
                Map.entry("5", List.of("Tổng số: Chỉ tiêu x/y cần ghi tổng số.",
                        "Cùng chỉ tiêu và đơn vị với dòng 4 của tệp.")),
                Map.entry("6", List.of("Đơn vị: “Chi bộ Khu phố 9” không phải đơn vị được giao chỉ tiêu này.")),
                Map.entry("7", List.of("Đơn vị: chỉ tiêu này giao cho từng đơn vị; ghi tên đơn vị.")),
                Map.entry("8", List.of("STT: Không có chỉ tiêu STT “7” trong các nghị quyết áp dụng cho kỳ này.")),
                Map.entry("9", List.of("Giá trị: Không được là số âm.")),
                Map.entry("11", List.of("Giá trị: “123456789012345678” quá lớn.")));
        assertThat(jdbc.sql("SELECT count(*) FROM target_result WHERE period_id = ?").param(f.period())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aValueCountedFromTheRegisterIsRefusedInAFileWhateverItSays() throws Exception {
        int year = YEARS.getAndAdd(3);
        long r = resolution(year, year);
        as.run(OFFICE, () -> resolutions.addTarget(r, new TargetData("1", "Phát triển đảng viên mới", "đảng viên",
                Area.PARTY_BUILDING, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, null, 0, Rollup.DIRECT, "NEW_MEMBERS",
                null, Map.of(year, plan("14", null)), List.of())));
        long period = as.call(OFFICE, () -> periods.open(wardId(), year, PeriodKind.YEAR, null, null));
        long id = uploadResults(period, xlsx(new String[] {"STT", "Giá trị"},
                List.<Object[]>of(new Object[] {"1", 20})), OFFICE);
        Document page = page("/periods/" + period + "/results/import/" + id, OFFICE);
        assertThat(reasons(page)).containsExactly(Map.entry("2", List.of("Giá trị: Giá trị của chỉ tiêu này được đếm "
                + "tự động từ hồ sơ, không nhập tay được; có thể ghi chú để giải thích.")));
        assertThat(jdbc.sql("SELECT count(*) FROM target_result WHERE period_id = ?").param(period)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aClosedPeriodRefusesEveryRow() throws Exception {
        Fixture f = periodFixture();
        as.run(OFFICE, () -> periods.close(f.period()));
        assertThat(page("/periods/" + f.period(), OFFICE).select("[data-testid=results-import]")).isEmpty();
        long id = uploadResults(f.period(), xlsx(new String[] {"STT", "Giá trị"},
                List.<Object[]>of(new Object[] {"1", 96})), OFFICE);
        Document page = page("/periods/" + f.period() + "/results/import/" + id, OFFICE);
        assertThat(reasons(page)).containsExactly(
                Map.entry("2", List.of("Kỳ báo cáo đã khóa nên không nhập được số liệu.")));
        assertThat(page.select("[data-testid=period-closed]")).hasSize(1);
        assertThat(page.select("[data-testid=import-confirm], [data-testid=import-confirm-only-valid]")).isEmpty();
    }

    @Test
    void aCellSecretaryImportsOnlyTheValuesOfTargetsTheCellOwns() throws Exception {
        Fixture f = periodFixture();
        try (Workbook wb = workbook(download("/periods/" + f.period() + "/results/template.xlsx", CELL))) {
            Sheet sheet = wb.getSheet("Số liệu");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(cells(sheet.getRow(4)).subList(1, 4))
                    .containsExactly("3", "Phát triển đảng viên mới", "Chi bộ Khu phố 1");
        }
        assertThat(page("/periods/" + f.period(), CELL).select("[data-testid=results-import]")).hasSize(1);
        String[] header = {"STT", "Đơn vị", "Giá trị"};
        long id = uploadResults(f.period(), xlsx(header, List.of(
                new Object[] {"3", "Chi bộ Khu phố 1", 2},
                new Object[] {"3", "Chi bộ Khu phố 2", 5},
                new Object[] {"1", null, 90})), CELL);
        Document page = page("/periods/" + f.period() + "/results/import/" + id, CELL);
        assertThat(reasons(page)).containsExactly(
                Map.entry("3", List.of("Tài khoản của bạn không được nhập số liệu của Chi bộ Khu phố 2 cho chỉ tiêu này.")),
                Map.entry("4", List.of("Tài khoản của bạn không được nhập số liệu của Đảng bộ phường Mỹ Thới cho chỉ tiêu này.")));
        assertThat(page.select("[data-testid=count-create]").text()).isEqualTo("1");

        confirm("/periods/" + f.period() + "/results/import/" + id, true, CELL);
        assertThat(jdbc.sql("SELECT organization_id, value FROM target_result WHERE period_id = ?").param(f.period())
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString()).list())
                .containsExactly(f.kp1() + "=2");
        assertThat(mvc.perform(get("/periods/" + f.period() + "/results/import/" + id).with(as.user(OFFICE)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------------

    private long resolution(int start, int end) {
        return as.call(OFFICE, () -> resolutions.create(wardId(), new ResolutionData(ResolutionKind.THEMATIC, null,
                "Nghị quyết thử nhập Excel " + start + "–" + end, LocalDate.of(2025, 1, 2), start, end, null, List.of())));
    }

    private long wardId() {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'").query(Long.class).single();
    }

    private long orgId(String name) {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = ? AND place_name = 'Mỹ Thới'").param(name)
                .query(Long.class).single();
    }

    private static TargetData.Plan plan(String value, String total) {
        return new TargetData.Plan(new BigDecimal(value), total == null ? null : new BigDecimal(total));
    }

    /** A file written by hand: its own header texts (synonyms of the template's), one row per target. */
    private static String[] targetHeader(int year) {
        return new String[] {"Số TT", "Tên chỉ tiêu", "ĐVT", "Lĩnh vực", "Loại chỉ tiêu", "Cách tính", "KH " + year,
                "KH " + (year + 1), "Tổng số (x/y)", "Chỉ tiêu chung"};
    }

    private static List<Object[]> goodTargets(int year) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1, "Phát triển đảng viên mới", "đảng viên", "xay dung dang", "Đạt tối thiểu",
                "Lũy kế từ đầu năm", 14, "15", null, "Phát triển đảng viên mới"});
        rows.add(new Object[] {"2", "Trường đạt chuẩn quốc gia", "trường", "Văn hóa – xã hội", "x/y",
                "Mức đạt tại thời điểm", 8, "9", 9, null});
        return rows;
    }

    private long uploadTargets(long resolution, byte[] file) throws Exception {
        MvcResult result = mvc.perform(multipart("/resolutions/" + resolution + "/targets/import")
                .file(new MockMultipartFile("file", "chi-tieu.xlsx", XLSX, file))
                .with(as.user(OFFICE)).with(csrf())).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).isNotNull();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long uploadResults(long period, byte[] file, String user) throws Exception {
        MvcResult result = mvc.perform(multipart("/periods/" + period + "/results/import")
                .file(new MockMultipartFile("file", "so-lieu.xlsx", XLSX, file))
                .with(as.user(user)).with(csrf())).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).isNotNull();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Uploads a file that cannot be imported: the upload form comes back (200) with the message beside the field. */
    private String uploadError(long resolution, MockMultipartFile file) throws Exception {
        MvcResult result = mvc.perform(multipart("/resolutions/" + resolution + "/targets/import").file(file)
                .with(as.user(OFFICE)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("[data-testid=excel-upload-form]")).hasSize(1);
        return page.select("[data-testid=error-file]").text();
    }

    private void confirm(String importPath, boolean onlyValid) throws Exception {
        confirm(importPath, onlyValid, OFFICE);
    }

    private void confirm(String importPath, boolean onlyValid, String user) throws Exception {
        MvcResult result = mvc.perform(post(importPath + "/confirm").param("onlyValid", String.valueOf(onlyValid))
                .with(as.user(user)).with(csrf())).andReturn();
        assertThat(result.getFlashMap().get("importError")).isNull();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(importPath);
    }

    private Document page(String path, String user) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as.user(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private byte[] download(String path, String user) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as.user(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo(XLSX);
        return result.getResponse().getContentAsByteArray();
    }

    /** Each bad row of a preview with its reasons, in the order of the file. */
    private static Map<String, List<String>> reasons(Document page) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (Element tr : page.select("[data-testid=bad-rows] tbody tr")) {
            reasons.put(tr.attr("data-row"), tr.select("li").eachText());
        }
        return reasons;
    }

    private List<TargetView> targetsOf(long resolution) {
        return as.call(OFFICE, () -> resolutions.view(resolution).targets());
    }

    private static Map<Integer, String> plans(TargetView v) {
        Map<Integer, String> plans = new LinkedHashMap<>();
        for (TargetPlan p : v.plans().values()) {
            plans.put(p.year(), p.planValue().stripTrailingZeros().toPlainString());
        }
        return plans;
    }

    private static Workbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final DataFormatter PLAIN = new DataFormatter(java.util.Locale.ROOT);

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : PLAIN.formatCellValue(row.getCell(column)).strip();
    }

    /** The cells of a row as text, trailing blanks left out; numbers as plain decimals. */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
            String value = cell == null ? "" : switch (cell.getCellType()) {
                case NUMERIC -> new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
                        .toPlainString();
                default -> PLAIN.formatCellValue(cell).strip();
            };
            cells.add(value);
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** A workbook with the header in the first row and the rows below it, as a person would type it. */
    private static byte[] xlsx(String[] header, List<Object[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Trang tính1");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                Object[] values = rows.get(i);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            return bytes(wb);
        }
    }
}

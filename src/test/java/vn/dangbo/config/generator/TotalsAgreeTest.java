package vn.dangbo.config.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.Dashboards;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.ReportingPeriods;
import vn.dangbo.resolution.ResolutionData;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Totals agree everywhere (issue 8, part 1.2): every member total the application shows for a ward (organization
 * page, member list, export, API, ward dashboard and province roll-up of the roll indicator) equals a count of the
 * register written here directly from RULES.md §1, on the demo ward Mỹ Thới and on a ward of a generated province.
 * The direct counts do not use RollPolicy, so a page that drifts from the rule and the rule that drifts from RULES.md
 * both fail here.
 */
@DangboTest
class TotalsAgreeTest {

    static final String ON_ROLL = "('OFFICIAL','PROBATIONARY','EXEMPTED','TEMPORARY_OUT','SUSPENDED','PROSECUTED')";
    static final String GONE = "('TRANSFERRED_OUT','REMOVED','EXPELLED','DECEASED')";

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ProvinceGenerator generator;
    @Autowired ResolutionManagement resolutions;
    @Autowired ReportingPeriods periods;
    @Autowired Dashboards dashboards;

    record Direct(long roll, long official, long probationary, long attached, long listed) {}

    @Test
    void everyTotalShownForTheDemoWardMyThoiEqualsADirectCountOfTheRegister() throws Exception {
        long ward = jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'")
                .query(Long.class).single();
        Direct d = direct(ward);
        assertThat(d.roll()).as("the demo ward has members, some exempted and attached").isGreaterThan(260);
        assertThat(d.attached()).isPositive();
        checkEverywhere(ward, d, "mythoi.vanphong", "tinh.vanphong");
    }

    @Test
    void everyTotalShownForAGeneratedWardEqualsADirectCountOfTheRegister() throws Exception {
        ProvinceGenerator.Result r = generator.generate(new ProvinceGenerator.Settings(2, 900, 8L,
                "Đảng bộ tỉnh Đối chiếu " + System.nanoTime(), "mat-khau-doi-chieu-2026"));
        long ward = jdbc.sql("""
                SELECT o.id FROM party_organization o WHERE o.parent_id = ? ORDER BY o.id LIMIT 1""")
                .param(r.provinceId()).query(Long.class).single();
        Direct d = direct(ward);
        assertThat(d.roll()).isGreaterThan(100);
        assertThat(jdbc.sql("SELECT count(DISTINCT current_status) FROM member WHERE org_path LIKE ?")
                .param(path(ward) + "%").query(Long.class).single()).as("a ward with several statuses").isGreaterThan(2);
        checkEverywhere(ward, d, "admin", "admin");
    }

    private void checkEverywhere(long ward, Direct d, String office, String province) throws Exception {
        String today = VietnameseDate.of(LocalDate.now(clock));

        // the organization page: the roll, official, probationary, attached, and the date
        String org = page("/organizations/" + ward, office);
        assertThat(number(org, "data-testid=\"count-total\">([0-9.]+)<")).isEqualTo(d.roll());
        assertThat(number(org, "data-testid=\"count-official\">([0-9.]+)<")).isEqualTo(d.official());
        assertThat(number(org, "data-testid=\"count-probationary\">([0-9.]+)<")).isEqualTo(d.probationary());
        assertThat(number(org, "data-testid=\"count-temporaryIn\">([0-9.]+)<")).isEqualTo(d.attached());
        assertThat(org).contains("Tính đến ngày " + today);

        // the member list: its total, and the roll beside it with the date
        String list = page("/members?org=" + ward, office);
        assertThat(number(list, "trên ([0-9.]+) đảng viên")).isEqualTo(d.listed());
        Matcher roll = Pattern.compile("Tính đến ngày ([0-9/]+): ([0-9.]+) đảng viên trong danh sách \\(([0-9.]+) chính thức, "
                + "([0-9.]+) dự bị\\) và ([0-9.]+) người").matcher(list);
        assertThat(roll.find()).as("the roll line of the list").isTrue();
        assertThat(roll.group(1)).isEqualTo(today);
        assertThat(List.of(n(roll.group(2)), n(roll.group(3)), n(roll.group(4)), n(roll.group(5))))
                .containsExactly(d.roll(), d.official(), d.probationary(), d.attached());

        // the export: its rows, its status column ("Chính thức ..." counts the official), its roll line
        byte[] file = mvc.perform(get("/members/export.xlsx").param("org", String.valueOf(ward)).with(as.user(office)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int header = 3;
            long rows = 0;
            long official = 0;
            long probationary = 0;
            for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
                String status = sheet.getRow(i).getCell(19).getStringCellValue();
                rows++;
                official += status.startsWith("Chính thức") ? 1 : 0;
                probationary += status.startsWith("Dự bị") ? 1 : 0;
            }
            assertThat(rows).isEqualTo(d.listed());
            assertThat(official).isEqualTo(d.official());
            assertThat(probationary).isEqualTo(d.probationary());
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Tính đến ngày " + today + ": "
                    + fmt(d.roll()) + " đảng viên trong danh sách (" + fmt(d.official()) + " chính thức, "
                    + fmt(d.probationary()) + " dự bị); " + fmt(d.attached()) + " người sinh hoạt tạm thời từ nơi khác");
        }

        // the API: the organization's counts and the list's total
        String api = page("/api/v1/organizations/" + ward, office);
        assertThat(number(api, "\"members\":\\{[^}]*\"official\":([0-9]+)")).isEqualTo(d.official());
        assertThat(number(api, "\"members\":\\{[^}]*\"probationary\":([0-9]+)")).isEqualTo(d.probationary());
        assertThat(number(api, "\"members\":\\{[^}]*\"temporaryIn\":([0-9]+)")).isEqualTo(d.attached());
        assertThat(number(api, "\"members\":\\{[^}]*\"total\":([0-9]+)")).isEqualTo(d.roll());
        assertThat(api).containsPattern("\"members\":\\{[^}]*\"asOf\":\"" + LocalDate.now(clock) + "\"");
        String apiList = page("/api/v1/members?organizationId=" + ward + "&size=1", office);
        assertThat(number(apiList, "\"total\":([0-9]+)")).isEqualTo(d.listed());

        // the dashboards: a target bound to the roll indicator shows the roll, on the ward dashboard and the roll-up
        // the roll is counted as of the period's end: a year far ahead (no change recorded after today), so that the
        // demo ward's own periods and the resolution its dashboard opens on stay as other tests read them
        int year = 2095;
        long resolution = as.call(office, () -> resolutions.create(ward, new ResolutionData(ResolutionKind.THEMATIC,
                null, "Nghị quyết đối chiếu số đảng viên " + System.nanoTime(), LocalDate.of(2025, 1, 3), year, year,
                null, List.of())));
        as.run(office, () -> resolutions.addTarget(resolution, new TargetData("1", "Đảng viên trong danh sách",
                "đảng viên", Area.PARTY_BUILDING, TargetKind.AT_LEAST, Accumulation.LEVEL, null, 0, Rollup.DIRECT,
                "MEMBERS_ON_ROLL", null, Map.of(year, new TargetData.Plan(BigDecimal.valueOf(d.roll()), null)),
                List.of())));
        long period = as.call(office, () -> periods.of(ward)).stream()
                .filter(x -> x.year() == year && x.kind() == PeriodKind.Q4).map(x -> x.id()).findFirst()
                .orElseGet(() -> as.call(office, () -> periods.open(ward, year, PeriodKind.Q4, null, null)));
        Dashboards.WardDashboard w = as.call(office, () -> dashboards.ward(resolution, period));
        assertThat(w.rows().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(d.roll()));
        assertThat(w.rows().get(0).sourceLink()).isEqualTo("/members?org=" + ward);
        Dashboards.ProvinceRollup p = as.call(province, () -> dashboards.province("MEMBERS_ON_ROLL", year,
                PeriodKind.Q4, Dashboards.Sort.NAME, false));
        assertThat(p.rows()).filteredOn(x -> x.organizationId() == ward).singleElement()
                .satisfies(x -> assertThat(x.value()).isEqualByComparingTo(BigDecimal.valueOf(d.roll())));
        String dashboard = page("/dashboard?resolution=" + resolution + "&period=" + period, office);
        assertThat(dashboard).contains("tự động từ sổ đảng viên");
    }

    /** RULES.md §1 counted directly: the roll, official on today's date, and those attached from elsewhere. */
    private Direct direct(long ward) {
        String p = path(ward) + "%";
        LocalDate today = LocalDate.now(clock);
        long roll = count("org_path LIKE ? AND current_status IN " + ON_ROLL, p);
        long official = jdbc.sql("SELECT count(*) FROM member WHERE org_path LIKE ? AND current_status IN " + ON_ROLL
                + " AND official_date <= ?").params(p, today).query(Long.class).single();
        long attached = count("org_path LIKE ? AND current_status = 'TEMPORARY_IN'", p)
                + jdbc.sql("SELECT count(*) FROM member WHERE temp_org_path LIKE ? AND org_path NOT LIKE ? "
                        + "AND current_status NOT IN " + GONE).params(p, p).query(Long.class).single();
        long listed = jdbc.sql("SELECT count(*) FROM member WHERE (org_path LIKE ? OR temp_org_path LIKE ?) "
                + "AND current_status NOT IN " + GONE).params(p, p).query(Long.class).single();
        assertThat(listed).as("everyone listed is on the roll or attached").isEqualTo(roll + attached);
        return new Direct(roll, official, roll - official, attached, listed);
    }

    private long count(String where, String p) {
        return jdbc.sql("SELECT count(*) FROM member WHERE " + where).param(p).query(Long.class).single();
    }

    private String path(long organization) {
        return jdbc.sql("SELECT path FROM party_organization WHERE id = ?").param(organization)
                .query(String.class).single();
    }

    private String page(String url, String user) throws Exception {
        return new String(mvc.perform(get(url).with(as.user(user))).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return n(m.group(1));
    }

    private static long n(String s) {
        return Long.parseLong(s.replace(".", ""));
    }

    private static String fmt(long n) {
        return vn.dangbo.shared.format.VietnameseFormat.number(n);
    }

    private static final class VietnameseDate {
        static String of(LocalDate d) {
            return vn.dangbo.shared.format.VietnameseFormat.date(d);
        }
    }
}

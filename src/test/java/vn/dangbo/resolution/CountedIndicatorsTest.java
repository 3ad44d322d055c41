package vn.dangbo.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Figures come from the records (issue 8, part 1.1): a target whose shared indicator is bound to a source is counted
 * from the register for its period and organization, shows where it comes from with a link to exactly the rows
 * counted, and cannot be typed over.
 */
@DangboTest
class CountedIndicatorsTest {

    @Autowired Dashboards dashboards;
    @Autowired CellWork cellWork;
    @Autowired TargetResults results;
    @Autowired ResolutionManagement resolutions;
    @Autowired ReportingPeriods periods;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired As as;

    @Test
    void myThoisAdmissionTargetOf2024IsThirteenOfThirteenCountedFromThirteenAdmissionDecisionsInTheRegister()
            throws Exception {
        long myThoi = ward();
        long direct = jdbc.sql("""
                SELECT count(*) FROM member WHERE org_path LIKE ? AND admission_date BETWEEN '2024-01-01' AND '2024-12-31'
                  AND transfer_in_date IS NULL AND current_status <> 'TEMPORARY_IN'""")
                .param(path(myThoi) + "%").query(Long.class).single();
        assertThat(direct).isEqualTo(13);
        long resolution = jdbc.sql("SELECT id FROM resolution WHERE organization_id = ? AND number = '12-NQ/ĐU' AND created_by = 'hệ thống'")
                .param(myThoi).query(Long.class).single();
        long period = jdbc.sql("SELECT id FROM reporting_period WHERE organization_id = ? AND year = 2024 AND kind = 'YEAR'")
                .param(myThoi).query(Long.class).single();
        Dashboards.TargetRow row = as.call("mythoi.vanphong", () -> dashboards.ward(resolution, period)).rows().stream()
                .filter(r -> "NEW_MEMBERS".equals(r.target().indicatorCode())).findFirst().orElseThrow();
        assertThat(row.value()).isEqualByComparingTo("13");
        assertThat(row.plan()).isEqualByComparingTo("13");
        assertThat(row.status()).isEqualTo(AchievementStatus.MET);
        assertThat(row.provenanceKey()).isEqualTo("indicator.source.register");
        assertThat(row.sourceLink()).isEqualTo("/members?org=" + myThoi
                + "&former=true&admittedFrom=2024-01-01&admittedTo=2024-12-31&sort=ADMISSION_DATE");
        // nothing was typed for it: the demo wrote only the note of the summary
        assertThat(jdbc.sql("SELECT note FROM target_result WHERE target_id = ?").param(row.target().id())
                .query(String.class).single()).startsWith("Kết nạp 13/13");

        String dashboard = page("/dashboard?resolution=" + resolution + "&period=" + period);
        assertThat(dashboard).contains("tự động từ sổ đảng viên", "admittedFrom=2024-01-01");
        // the link lists exactly the rows counted
        String list = page(row.sourceLink());
        assertThat(list).contains("trên 13 đảng viên", "Đảng viên được kết nạp tại tổ chức này từ ngày 01/01/2024");
        assertThat(list).doesNotContain("data-testid=\"roll-line\"");
        // and the province roll-up uses the counted values of every ward
        Dashboards.ProvinceRollup p = as.call("tinh.vanphong", () -> dashboards.province("NEW_MEMBERS", 2024,
                PeriodKind.YEAR, Dashboards.Sort.NAME, false));
        assertThat(p.rows()).filteredOn(r -> r.organizationId() == myThoi).singleElement()
                .satisfies(r -> assertThat(r.valueText()).isEqualTo("13 đảng viên"));
    }

    @Test
    void theSameIndicatorInTheCongressAndTheAnnualResolutionShowsTheSameCountedValue() {
        long myThoi = ward();
        long annual = jdbc.sql("SELECT id FROM resolution WHERE organization_id = ? AND number = '15-NQ/ĐU' AND created_by = 'hệ thống'")
                .param(myThoi).query(Long.class).single();
        long congress = jdbc.sql("SELECT id FROM resolution WHERE organization_id = ? AND number = '01-NQ/ĐH' AND created_by = 'hệ thống'")
                .param(myThoi).query(Long.class).single();
        long period = jdbc.sql("SELECT id FROM reporting_period WHERE organization_id = ? AND year = 2025 AND kind = 'NINE_MONTHS'")
                .param(myThoi).query(Long.class).single();
        BigDecimal inAnnual = newMembers(as.call("mythoi.vanphong", () -> dashboards.ward(annual, period)));
        BigDecimal inCongress = newMembers(as.call("mythoi.vanphong", () -> dashboards.ward(congress, period)));
        long direct = jdbc.sql("""
                SELECT count(*) FROM member WHERE org_path LIKE ? AND admission_date BETWEEN '2025-01-01' AND '2025-09-30'
                  AND transfer_in_date IS NULL AND current_status <> 'TEMPORARY_IN'""")
                .param(path(myThoi) + "%").query(Long.class).single();
        assertThat(inAnnual).isEqualByComparingTo(BigDecimal.valueOf(direct));
        assertThat(inCongress).isEqualByComparingTo(inAnnual);
    }

    @Test
    void aCountedValueCannotBeTypedOverInTheFormOrTheApiButANoteMayExplainIt() throws Exception {
        long myThoi = ward();
        // a year far ahead, so that the demo ward's periods and default dashboard stay as other tests read them
        int year = 2096;
        long resolution = as.call("mythoi.vanphong", () -> resolutions.create(myThoi, new ResolutionData(
                ResolutionKind.THEMATIC, null, "Nghị quyết thử chỉ tiêu đếm tự động " + System.nanoTime(),
                LocalDate.of(2025, 1, 3), year, year, null, List.of())));
        long target = as.call("mythoi.vanphong", () -> resolutions.addTarget(resolution, new TargetData("1",
                "Phát triển đảng viên mới", "đảng viên", Area.PARTY_BUILDING, TargetKind.AT_LEAST,
                Accumulation.CUMULATIVE, null, 0, Rollup.DIRECT, "NEW_MEMBERS", null,
                Map.of(year, new TargetData.Plan(BigDecimal.valueOf(14), null)), List.of())));
        long period = as.call("mythoi.vanphong", () -> periods.of(myThoi)).stream()
                .filter(x -> x.year() == year && x.kind() == PeriodKind.HALF_YEAR).map(x -> x.id()).findFirst()
                .orElseGet(() -> as.call("mythoi.vanphong", () -> periods.open(myThoi, year, PeriodKind.HALF_YEAR, null, null)));

        assertThatThrownBy(() -> as.run("mythoi.vanphong", () -> results.enter(period, target, null,
                BigDecimal.valueOf(20), null, null, -1, List.of())))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).violations())
                        .anySatisfy(v -> assertThat(v.messageKey()).isEqualTo("result.validation.counted")));

        String api = new String(mvc.perform(post("/api/v1/periods/" + period + "/targets/" + target + "/results")
                        .with(as.user("mythoi.vanphong")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 20}"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(api).contains("\"status\":422", "được đếm tự động từ hồ sơ, không nhập tay được");

        String form = new String(mvc.perform(post("/periods/" + period + "/targets/" + target)
                        .with(as.user("mythoi.vanphong")).with(csrf()).param("value", "20").param("version", "-1"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(form).contains("được đếm tự động từ hồ sơ, không nhập tay được", "data-testid=\"counted-value\"");

        // a note is kept; the value shown stays the count
        as.run("mythoi.vanphong", () -> results.enter(period, target, null, null, null,
                "Hai quần chúng ưu tú chờ quyết định kết nạp.", -1, List.of()));
        TargetResults.Entry entry = as.call("mythoi.vanphong", () -> results.entry(period, target));
        long counted = jdbc.sql("""
                SELECT count(*) FROM member WHERE org_path LIKE ? AND admission_date BETWEEN '2096-01-01' AND '2096-06-30'
                  AND transfer_in_date IS NULL AND current_status <> 'TEMPORARY_IN'""")
                .param(path(myThoi) + "%").query(Long.class).single();
        assertThat(entry.counted().value()).isEqualByComparingTo(BigDecimal.valueOf(counted));
        assertThat(entry.counted().link()).contains("admittedFrom=2096-01-01", "admittedTo=2096-06-30");
        assertThat(entry.slots().get(0).result().note()).isEqualTo("Hai quần chúng ưu tú chờ quyết định kết nạp.");
        String page = page("/periods/" + period + "/targets/" + target);
        assertThat(page).contains("tự động từ sổ đảng viên").doesNotContain("name=\"value\"");
    }

    private static BigDecimal newMembers(Dashboards.WardDashboard d) {
        return d.rows().stream().filter(r -> "NEW_MEMBERS".equals(r.target().indicatorCode())).findFirst()
                .orElseThrow().value();
    }

    private long ward() {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'").query(Long.class).single();
    }

    private String path(long organization) {
        return jdbc.sql("SELECT path FROM party_organization WHERE id = ?").param(organization).query(String.class).single();
    }

    private String page(String url) throws Exception {
        return new String(mvc.perform(get(url).with(as.user("mythoi.vanphong"))).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aCellIsNeverAskedToTypeAValueThatIsCountedFromTheRegister() {
        // the demo cell Khu phố 1 owns a cascaded "new members" target in an open period: counted, not typed
        List<Long> counted = jdbc.sql("""
                SELECT DISTINCT t.id FROM target t
                JOIN indicator i ON i.code = t.indicator_code AND i.source IS NOT NULL
                JOIN target_owner o ON o.target_id = t.id
                JOIN party_organization c ON c.id = o.organization_id AND c.name = 'Chi bộ Khu phố 1'
                  AND c.path LIKE (SELECT path FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới') || '%'
                JOIN resolution r ON r.id = t.resolution_id
                JOIN reporting_period p ON p.organization_id = r.organization_id AND p.status = 'OPEN'
                  AND p.year BETWEEN r.start_year AND r.end_year""").query(Long.class).list();
        assertThat(counted).as("a counted target in an open period of the demo cell").isNotEmpty();
        List<CellWork.ToEnter> toEnter = as.call("mythoi.kp1", () -> cellWork.toEnter());
        assertThat(toEnter).isNotEmpty();
        assertThat(toEnter).extracting(CellWork.ToEnter::targetId).doesNotContainAnyElementsOf(counted);
    }
}

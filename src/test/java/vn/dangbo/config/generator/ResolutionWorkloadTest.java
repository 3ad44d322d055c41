package vn.dangbo.config.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberData;
import vn.dangbo.member.RegistrationKind;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.resolution.Dashboards;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/** The resolution workload of the province generator, read back through the dashboards people use. */
@DangboTest
class ResolutionWorkloadTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Autowired ResolutionWorkload workload;
    @Autowired OrganizationManagement organizations;
    @Autowired Dashboards dashboards;
    @Autowired JdbcClient jdbc;
    @Autowired As as;
    @Autowired vn.dangbo.member.MemberRegistry registry;

    @Test
    void everyWardGetsResolutionsWithTargetsValuesInEveryPeriodAndTasksThatTheDashboardsRead() {
        long province = as.call("admin", () -> organizations.create(null, new OrganizationData(
                OrganizationKind.PROVINCIAL_COMMITTEE, null, "Đảng bộ tỉnh Thử tải", "Tỉnh Thử tải", null, null)));
        long ward = as.call("admin", () -> organizations.create(province, new OrganizationData(
                OrganizationKind.WARD_COMMITTEE, null, "Đảng bộ phường Thử tải", "Phường Thử tải", null, null)));
        List<Long> cells = List.of(CellType.RESIDENTIAL, CellType.RESIDENTIAL, CellType.POLICE).stream()
                .map(type -> as.call("admin", () -> organizations.create(ward, new OrganizationData(
                        OrganizationKind.CELL, type, "Chi bộ " + type.name().toLowerCase() + " " + System.nanoTime(),
                        null, null, null))))
                .toList();
        String path = workload.provincePath(province);

        ResolutionWorkload.Result r = workload.generate(path, 7, TODAY);

        // 2025: four quarters, six months, nine months, year; 2026: the same up to Q4, which began on 1 October
        assertThat(ResolutionWorkload.periodKinds(2025, 2026, TODAY)).hasSize(14);
        assertThat(r.resolutions()).isEqualTo(3);
        assertThat(r.targets()).isEqualTo(36);
        assertThat(r.periods()).isEqualTo(14);
        assertThat(r.programs()).isEqualTo(3);
        assertThat(r.tasks()).as("15 tasks per program, 3 of them assigned down to each of the 3 cells")
                .isEqualTo(3 * (15 + 3 * 3));

        long annual2025 = jdbc.sql("SELECT id FROM resolution WHERE organization_id = ? AND kind = 'ANNUAL' AND start_year = 2025")
                .param(ward).query(Long.class).single();
        long year2025 = jdbc.sql("SELECT id FROM reporting_period WHERE organization_id = ? AND year = 2025 AND kind = 'YEAR'")
                .param(ward).query(Long.class).single();
        Dashboards.WardDashboard d = as.call("admin", () -> dashboards.ward(annual2025, year2025));
        assertThat(d.rows()).hasSize(12);
        assertThat(d.evaluated()).as("every target has a plan and, the year being closed, a value").isEqualTo(12);
        assertThat(d.rows()).allSatisfy(row -> assertThat(row.value()).isNotNull());
        assertThat(d.trend().toString()).isNotEmpty();

        // new members: bound to the register's admissions, so counted for the ward's subtree whatever was typed
        as.run("admin", () -> registry.register(cells.get(0), new MemberData("Trần Thị Kết Nạp", LocalDate.of(1995, 4, 2),
                Gender.FEMALE, "Kinh", null, null, null, LocalDate.of(2025, 5, 19), null, null, null, null, null, null,
                null, null, null, null), RegistrationKind.MEMBER, null));
        Dashboards.WardDashboard counted = as.call("admin", () -> dashboards.ward(annual2025, year2025));
        assertThat(counted.rows().stream().filter(x -> "10".equals(x.target().code())).findFirst().orElseThrow().value())
                .isEqualByComparingTo("1");
        Dashboards.ProvinceRollup rollup = as.call("admin",
                () -> dashboards.province("NEW_MEMBERS", 2025, PeriodKind.YEAR, Dashboards.Sort.NAME, false));
        assertThat(rollup.rows()).filteredOn(w -> w.organizationId() == ward).singleElement()
                .satisfies(w -> assertThat(w.value()).isEqualByComparingTo("1"));

        // cultured households: averaged over the residential cells only
        assertThat(jdbc.sql("""
                SELECT count(*) FROM target_owner o JOIN target t ON t.id = o.target_id
                WHERE t.resolution_id = ? AND t.indicator_code = 'CULTURED_HOUSEHOLDS'""").param(annual2025)
                .query(Long.class).single()).isEqualTo(2);
        // this year's latest periods are open and some values are still awaited there
        assertThat(jdbc.sql("SELECT count(*) FROM reporting_period WHERE organization_id = ? AND status = 'OPEN'")
                .param(ward).query(Long.class).single()).isPositive();
        // tasks late and assigned down to each cell
        assertThat(jdbc.sql("""
                SELECT count(*) FROM task t JOIN action_program a ON a.id = t.program_id
                WHERE a.organization_id = ? AND t.status <> 'DONE' AND t.deadline < ?""").params(ward, TODAY)
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(DISTINCT lead_organization_id) FROM task WHERE lead_organization_id IN (?, ?, ?)")
                .params(cells.get(0), cells.get(1), cells.get(2)).query(Long.class).single()).isEqualTo(3);
    }
}

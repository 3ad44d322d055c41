package vn.dangbo.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.resolution.Dashboards.TargetRow;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/** Resolutions, targets, periods and results on the real database, with the seed figures of the demo. */
@DangboTest
class ResolutionModuleTest {

    @Autowired ResolutionManagement resolutions;
    @Autowired ReportingPeriods periods;
    @Autowired TargetResults results;
    @Autowired Dashboards dashboards;
    @Autowired ActionPrograms programs;
    @Autowired OrganizationManagement organizations;
    @Autowired JdbcClient jdbc;
    @Autowired As as;

    long org(String name, String place) {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = ? AND place_name = ?").params(name, place)
                .query(Long.class).single();
    }

    long ward(String name) {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = ?").param(name).query(Long.class).single();
    }

    long resolution(String title, String ward) {
        return jdbc.sql("""
                SELECT r.id FROM resolution r JOIN party_organization o ON o.id = r.organization_id
                WHERE r.title = ? AND o.name = ?""").params(title, ward).query(Long.class).single();
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    TargetRow row(Dashboards.WardDashboard d, String code) {
        return d.rows().stream().filter(r -> r.target().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theDemoYear2024OfMyThoiReachesTenOfElevenTargetsAsSeed002Says() {
        long r = resolution("Nghị quyết về nhiệm vụ chính trị năm 2024", "Đảng bộ phường Mỹ Thới");
        Dashboards.WardDashboard d = as.call("mythoi.lanhdao", () -> dashboards.ward(r, null));
        assertThat(d.period().kind()).isEqualTo(PeriodKind.YEAR);
        assertThat(d.period().closed()).isTrue();
        assertThat(d.achieved()).isEqualTo(10);
        assertThat(d.evaluated()).isEqualTo(11);
        assertThat(row(d, "3").percentText()).isEqualTo("126%");
        assertThat(row(d, "3").status()).isEqualTo(AchievementStatus.EXCEEDED);
        assertThat(row(d, "8").percentText()).isEqualTo("99,78%");
        assertThat(row(d, "8").status()).isEqualTo(AchievementStatus.NOT_MET);
        assertThat(row(d, "10").valueText()).isEqualTo("13 đảng viên");
    }

    @Test
    void theDemoNineMonthsOf2025ShowTheFiguresOfSeed001() {
        long r = resolution("Nghị quyết về nhiệm vụ chính trị năm 2025", "Đảng bộ phường Mỹ Thới");
        Dashboards.WardDashboard d = as.call("mythoi.vanphong", () -> dashboards.ward(r, null));
        assertThat(d.period().kind()).isEqualTo(PeriodKind.NINE_MONTHS);
        assertThat(row(d, "1").percentText()).isEqualTo("85,98%");
        assertThat(row(d, "1").status()).isEqualTo(AchievementStatus.IN_PROGRESS);
        assertThat(row(d, "2").valueText()).isEqualTo("8/9 trường");
        assertThat(row(d, "2").percentText()).isEqualTo("88,89%");
        assertThat(row(d, "3").percentText()).isEqualTo("98,57%");
        assertThat(row(d, "4").percentText()).isEqualTo("100%");
        assertThat(row(d, "4").status()).isEqualTo(AchievementStatus.MET);
        // new members are counted from the register's admission decisions of January to September 2025
        long admitted = jdbc.sql("""
                SELECT count(*) FROM member m JOIN party_organization o ON m.org_path LIKE o.path || '%'
                WHERE o.name = 'Đảng bộ phường Mỹ Thới' AND m.admission_date BETWEEN '2025-01-01' AND '2025-09-30'
                  AND m.transfer_in_date IS NULL AND m.current_status <> 'TEMPORARY_IN'""").query(Long.class).single();
        assertThat(row(d, "5").value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(admitted));
        assertThat(row(d, "5").provenanceKey()).isEqualTo("indicator.source.register");
    }

    /** A ward with three cells that own targets rolled up as a sum, an average and a minimum. */
    record Cascade(long resolution, long period, long sum, long average, long min, List<Long> cells) {}

    Cascade cascade(String suffix) {
        return as.call("admin", () -> {
            long ward = organizations.create(ward("Đảng bộ tỉnh mẫu"), new OrganizationData(OrganizationKind.WARD_COMMITTEE,
                    null, "Đảng bộ phường Thử " + suffix, "Thử " + suffix, null, null));
            List<Long> cells = List.of(1, 2, 3).stream().map(i -> organizations.create(ward, new OrganizationData(
                    OrganizationKind.CELL, CellType.RESIDENTIAL, "Chi bộ thử " + i, "Thử " + suffix, null, null))).toList();
            long r = resolutions.create(ward, new ResolutionData(ResolutionKind.ANNUAL, null, "Nghị quyết thử " + suffix,
                    LocalDate.of(2025, 1, 1), 2025, 2025, null, List.of()));
            long sum = resolutions.addTarget(r, target("1", TargetKind.AT_LEAST, Rollup.SUM, "30", cells));
            long avg = resolutions.addTarget(r, target("2", TargetKind.RATE, Rollup.AVERAGE, "90", cells));
            long min = resolutions.addTarget(r, target("3", TargetKind.RATE, Rollup.MIN, "80", cells));
            long p = periods.open(ward, 2025, PeriodKind.YEAR, null, null);
            return new Cascade(r, p, sum, avg, min, cells);
        });
    }

    static TargetData target(String code, TargetKind kind, Rollup rollup, String plan, List<Long> owners) {
        return new TargetData(code, "Chỉ tiêu " + code, kind == TargetKind.RATE ? "%" : "người", Area.PARTY_BUILDING, kind,
                Accumulation.CUMULATIVE, null, 2, rollup, null, null, Map.of(2025, new TargetData.Plan(n(plan), null)), owners);
    }

    @Test
    void aCascadedTargetAddsUpItsCellsValuesAveragesThemOrTakesTheLowest() {
        Cascade c = cascade("A");
        String[][] values = {{"12", "95", "85"}, {"10", "80", "78"}, {"9", "90", "92"}};
        as.run("admin", () -> {
            for (int i = 0; i < 3; i++) {
                results.enter(c.period(), c.sum(), c.cells().get(i), n(values[i][0]), null, null, -1, List.of());
                results.enter(c.period(), c.average(), c.cells().get(i), n(values[i][1]), null, null, -1, List.of());
                results.enter(c.period(), c.min(), c.cells().get(i), n(values[i][2]), null, null, -1, List.of());
            }
        });
        Dashboards.WardDashboard d = as.call("admin", () -> dashboards.ward(c.resolution(), c.period()));
        assertThat(row(d, "1").value()).isEqualByComparingTo("31");
        assertThat(row(d, "1").status()).isEqualTo(AchievementStatus.EXCEEDED);
        assertThat(row(d, "2").value()).isEqualByComparingTo("88.3333");
        assertThat(row(d, "2").status()).isEqualTo(AchievementStatus.NOT_MET);
        assertThat(row(d, "3").value()).isEqualByComparingTo("78");
        assertThat(row(d, "3").percentText()).isEqualTo("97,50%");
        assertThat(d.achieved()).isEqualTo(1);
        assertThat(d.evaluated()).isEqualTo(3);
    }

    @Test
    void aValueSentBackForCorrectionLeavesTheRollUpUntilItIsEnteredAgain() {
        Cascade c = cascade("B");
        long first = as.call("admin", () -> results.enter(c.period(), c.sum(), c.cells().get(0), n("20"), null, null, -1, List.of()));
        as.run("admin", () -> results.enter(c.period(), c.sum(), c.cells().get(1), n("15"), null, null, -1, List.of()));
        as.run("admin", () -> results.review(first, false, "Số liệu chưa khớp biên bản"));
        assertThat(row(as.call("admin", () -> dashboards.ward(c.resolution(), c.period())), "1").value()).isEqualByComparingTo("15");
        as.run("admin", () -> results.enter(c.period(), c.sum(), c.cells().get(0), n("18"), null, "Đã sửa theo biên bản",
                as.call("admin", () -> results.entry(c.period(), c.sum())).slots().get(0).result().version(), List.of()));
        assertThat(row(as.call("admin", () -> dashboards.ward(c.resolution(), c.period())), "1").value()).isEqualByComparingTo("33");
        var history = as.call("admin", () -> results.entry(c.period(), c.sum())).slots().get(0).history();
        assertThat(history).extracting(h -> h.action()).containsExactly("CORRECT", "RETURN", "ENTER");
        assertThatThrownBy(() -> as.run("admin", () -> results.review(first, false, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("result.returnNeedsReason"));
    }

    @Test
    void aClosedPeriodIsReadOnly() {
        Cascade c = cascade("C");
        as.run("admin", () -> periods.close(c.period()));
        assertThatThrownBy(() -> as.run("admin", () -> results.enter(c.period(), c.sum(), c.cells().get(0), n("3"), null,
                null, -1, List.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("PERIOD_CLOSED"));
    }

    @Test
    void aCellSecretaryEntersTheirCellsValueAndNoOtherCells() {
        long r = resolution("Nghị quyết về nhiệm vụ chính trị năm 2025", "Đảng bộ phường Mỹ Thới");
        long target = jdbc.sql("SELECT id FROM target WHERE resolution_id = ? AND code = '5'").param(r).query(Long.class).single();
        long period = jdbc.sql("SELECT id FROM reporting_period WHERE organization_id = ? AND year = 2025 AND kind = 'NINE_MONTHS'")
                .param(ward("Đảng bộ phường Mỹ Thới")).query(Long.class).single();
        long kp1 = org("Chi bộ Khu phố 1", "Mỹ Thới");
        long kp2 = org("Chi bộ Khu phố 2", "Mỹ Thới");
        int seen = jdbc.sql("SELECT version FROM target_result WHERE target_id = ? AND period_id = ? AND organization_id = ?")
                .params(target, period, kp1).query(Integer.class).optional().orElse(-1);
        // the cell's admissions are counted from the register: the secretary writes a note, never the figure
        assertThatThrownBy(() -> as.run("mythoi.kp1", () -> results.enter(period, target, kp1, n("2"), null, null, seen,
                List.of()))).isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).violations()).extracting(v -> v.messageKey())
                        .contains("result.validation.counted"));
        as.run("mythoi.kp1", () -> results.enter(period, target, kp1, null, null, "Kết nạp 2 đồng chí", seen, List.of()));
        assertThatThrownBy(() -> as.run("mythoi.kp1", () -> results.enter(period, target, kp2, n("5"), null, null, -1,
                List.of()))).isInstanceOf(AccessDeniedException.class);
        long budget = jdbc.sql("SELECT id FROM target WHERE resolution_id = ? AND code = '1'").param(r).query(Long.class).single();
        assertThatThrownBy(() -> as.run("mythoi.kp1", () -> results.enter(period, budget, null, n("13"), null, null, -1,
                List.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void targetDefinitionsAreCheckedRowByRow() {
        long r = resolution("Nghị quyết về nhiệm vụ chính trị năm 2025", "Đảng bộ phường Mỹ Thới");
        TargetData bad = new TargetData("1", "", "%", Area.ECONOMY, TargetKind.RATE, Accumulation.LEVEL, null, 7,
                Rollup.SUM, null, null, Map.of(2025, new TargetData.Plan(n("120"), null), 2031,
                new TargetData.Plan(n("5"), null)), List.of());
        assertThatThrownBy(() -> as.run("mythoi.vanphong", () -> resolutions.addTarget(r, bad)))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .contains("name:validation.required", "displayDecimals:target.validation.decimals",
                                "ownerIds:target.validation.rollupNeedsOwners", "plans:target.validation.rateAbove100",
                                "plans:target.validation.planYearOutside", "code:target.validation.codeTaken"));
    }

    @Test
    void aTaskPastItsDeadlineAndNotDoneIsOverdueWithoutBeingStoredSo() {
        long myThoi = ward("Đảng bộ phường Mỹ Thới");
        long kp4 = org("Chi bộ Khu phố 4", "Mỹ Thới");
        long task = as.call("mythoi.vanphong", () -> {
            long p = programs.createProgram(myThoi, null, ProgramKind.PLAN, "98-KH/ĐU", "Kế hoạch thử quá hạn",
                    LocalDate.of(2026, 1, 5), null);
            return programs.addTask(p, null, new TaskData(null, "Rà soát danh sách hộ cận nghèo khu phố 4", null, kp4,
                    List.of(), LocalDate.of(2026, 3, 31)));
        });
        List<ActionPrograms.TaskRow> overdue = as.call("mythoi.vanphong", () -> programs.myTasks(true, false));
        assertThat(overdue).anySatisfy(t -> {
            assertThat(t.task().id()).isEqualTo(task);
            assertThat(t.overdue()).isTrue();
        });
        assertThat(jdbc.sql("SELECT status FROM task WHERE id = ?").param(task).query(String.class).single())
                .isEqualTo("NOT_STARTED");
        as.run("mythoi.vanphong", () -> programs.report(task, TaskStatus.DONE, null, "Đã rà soát xong",
                LocalDate.of(2026, 4, 2), List.of()));
        assertThat(as.call("mythoi.vanphong", () -> programs.myTasks(true, false)))
                .noneSatisfy(t -> assertThat(t.task().id()).isEqualTo(task));
    }

    @Test
    void theProvinceOverviewComparesTheWardsOnASharedIndicator() {
        Dashboards.ProvinceRollup p = as.call("tinh.vanphong", () -> dashboards.province("NEW_MEMBERS", 2024,
                PeriodKind.YEAR, Dashboards.Sort.PERCENT, true));
        List<Dashboards.WardRow> reported = p.rows().stream().filter(Dashboards.WardRow::reported).toList();
        assertThat(reported).extracting(Dashboards.WardRow::organizationName)
                .containsExactly("Đảng bộ phường Hương An", "Đảng bộ phường Mỹ Thới", "Đảng bộ Phường 1");
        assertThat(reported).extracting(Dashboards.WardRow::status)
                .containsExactly(AchievementStatus.EXCEEDED, AchievementStatus.MET, AchievementStatus.NOT_MET);
        assertThat(reported.get(2).percentText()).isEqualTo("70%");
        // every ward of the province is listed: one without a value as "chưa báo cáo", after those with one
        long wards = jdbc.sql("""
                SELECT count(*) FROM party_organization w JOIN party_organization p ON w.path LIKE p.path || '%'
                WHERE w.kind = 'WARD_COMMITTEE' AND w.dissolved_on IS NULL AND p.name = 'Đảng bộ tỉnh mẫu'""")
                .query(Long.class).single();
        assertThat(p.rows()).hasSize((int) wards);
        assertThat(p.rows().subList(3, p.rows().size())).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(AchievementStatus.NOT_REPORTED);
            assertThat(r.valueText()).isEmpty();
        });
        Dashboards.ProvinceRollup noData = as.call("tinh.vanphong", () -> dashboards.province("NEW_MEMBERS", 2023,
                PeriodKind.YEAR, Dashboards.Sort.NAME, false));
        assertThat(noData.rows()).as("a year nobody reported still lists every ward").hasSize((int) wards)
                .allSatisfy(r -> assertThat(r.reported()).isFalse());
        assertThat(as.call("tinh.vanphong", () -> dashboards.latestWithData())).get()
                .as("the roll-up opens on the latest period with a value").satisfies(start ->
                        assertThat(jdbc.sql("""
                                SELECT count(*) FROM target_result r JOIN target t ON t.id = r.target_id
                                JOIN reporting_period per ON per.id = r.period_id
                                WHERE t.indicator_code IS NOT NULL AND per.year = ? AND per.kind = ?""")
                                .params(start.year(), start.periodKind().name()).query(Long.class).single()).isPositive());
        Dashboards.ProvinceRollup ward = as.call("mythoi.vanphong", () -> dashboards.province("NEW_MEMBERS", 2024,
                PeriodKind.YEAR, Dashboards.Sort.NAME, false));
        assertThat(ward.rows()).extracting(Dashboards.WardRow::organizationName).containsExactly("Đảng bộ phường Mỹ Thới");
    }
    @Test
    void eachDashboardOpensOnTheResolutionsOfTheAccountsOwnOrganizationAndOffersOnlyThatOrganizations() {
        long myThoi = ward("Đảng bộ phường Mỹ Thới");
        ResolutionManagement.DashboardChoice office = as.call("mythoi.vanphong", () -> resolutions.dashboardChoice(null))
                .orElseThrow();
        assertThat(office.shown().organizationId()).isEqualTo(myThoi);
        assertThat(office.shown().kind()).as("the year's figures, not the congress resolution's")
                .isEqualTo(ResolutionKind.ANNUAL);
        assertThat(office.choices()).isNotEmpty().allMatch(r -> r.organizationId() == myThoi)
                .extracting(Resolution::id).contains(office.shown().id());
        long cell = jdbc.sql("SELECT scope_organization_id FROM account WHERE username = 'mythoi.kp1'")
                .query(Long.class).single();
        ResolutionManagement.DashboardChoice secretary = as.call("mythoi.kp1", () -> resolutions.dashboardChoice(null))
                .orElseThrow();
        assertThat(secretary.shown().organizationId()).as("a cell reads its ward's resolutions").isEqualTo(myThoi);
        assertThat(cell).isNotEqualTo(myThoi);
        ResolutionManagement.DashboardChoice drillDown = as.call("tinh.vanphong",
                () -> resolutions.dashboardChoice(office.shown().id())).orElseThrow();
        assertThat(drillDown.choices()).extracting(Resolution::id)
                .containsExactlyElementsOf(office.choices().stream().map(Resolution::id).toList());
        boolean provinceIssuedAny = jdbc.sql("""
                SELECT count(*) > 0 FROM resolution r JOIN account a ON a.scope_organization_id = r.organization_id
                WHERE a.username = 'tinh.vanphong'""").query(Boolean.class).single();
        assertThat(as.call("tinh.vanphong", () -> resolutions.dashboardChoice(null)))
                .as("a province office opens on its own resolutions, or on the overview when it issued none")
                .matches(c -> provinceIssuedAny ? c.isPresent() : c.isEmpty());
        assertThatThrownBy(() -> as.call("huongan.vanphong", () -> resolutions.dashboardChoice(office.shown().id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}

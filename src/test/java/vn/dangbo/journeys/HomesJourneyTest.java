package vn.dangbo.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.ActionPrograms;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.ResolutionData;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.resolution.TaskData;
import vn.dangbo.support.As;

/**
 * Issue 8, part 1 items 3, 4 and 8: each role lands on its own home, on a 360 px phone where the cell secretary and
 * the member use it. The cell secretary enters this period's value for the cell in two taps from home and reports
 * progress on a task the cell co-operates on; the member sees their own record; the province office opens the
 * roll-up on the latest period with data, every ward listed, "Chưa báo cáo" for a ward without a value. Each phone
 * page is measured: body text at least 16 px, badges at least 14 px, primary actions at least 44 px, no horizontal
 * scrolling.
 */
class HomesJourneyTest extends BrowserJourney {

    private static final String TARGET = "Hộ gia đình phân loại rác tại nguồn (trang chủ chi bộ)";
    private static final String TASK = "Vận động hộ gia đình phân loại rác tại nguồn (chi bộ phối hợp)";

    @Autowired As as;
    @Autowired ResolutionManagement resolutions;
    @Autowired ActionPrograms programs;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theCellSecretaryOnAPhoneEntersTheCellsValueInTwoTapsAndReportsOnACoOperatedTask() {
        long myThoi = org("Đảng bộ phường Mỹ Thới");
        long kp1 = org("Chi bộ Khu phố 1", myThoi);
        long kp2 = org("Chi bộ Khu phố 2", myThoi);
        // the ward cascades a target of the open nine-month period to the cell, and a task led by another cell
        // on which Khu phố 1 co-operates
        as.run("mythoi.vanphong", () -> {
            long r = resolutions.create(myThoi, new ResolutionData(ResolutionKind.THEMATIC, "31-NQ/ĐU",
                    "Nghị quyết chuyên đề về phân loại rác tại nguồn năm 2025", LocalDate.of(2025, 3, 1), 2025, 2025,
                    null, List.of()));
            resolutions.addTarget(r, new TargetData("1", TARGET, "hộ", Area.CULTURE_SOCIETY, TargetKind.AT_LEAST,
                    Accumulation.CUMULATIVE, null, 0, Rollup.SUM, null, null,
                    Map.of(2025, new TargetData.Plan(new BigDecimal("100"), null)), List.of(kp1)));
            long plan = programs.createProgram(myThoi, null, ProgramKind.PLAN, "32-KH/ĐU",
                    "Kế hoạch phân loại rác tại nguồn", LocalDate.of(2025, 3, 5), null);
            programs.addTask(plan, null, new TaskData(null, TASK, null, kp2, List.of(kp1),
                    LocalDate.now(clock).plusDays(20)));
        });

        BrowserContext phoneContext = newContext(360, 740);
        Page phone = phoneContext.newPage();
        signIn(phone, "mythoi.kp1");
        assertThat(phone.locator("[data-testid=cell-name]")).hasText("Chi bộ Khu phố 1");
        assertThat(phone.locator("[data-testid=member-count]")).containsText("đảng viên");
        assertThat(phone.locator("[data-testid=short-menu]")).hasCount(1);
        assertThat(phone.locator("[data-testid=task-link]").filter(new Locator.FilterOptions().setHasText(TASK))
                .locator("[data-testid=task-cooperates]")).hasText("Phối hợp");
        measure(phone, "[data-testid=entry-link]", "[data-testid=task-link]", "[data-testid=member-list]",
                ".navbar-toggler");
        shot(phone, "cell-home");

        // tap 1: the value to enter, straight from home; tap 2: save it
        Locator entry = phone.locator("[data-testid=entry-link]").filter(new Locator.FilterOptions().setHasText(TARGET));
        assertThat(entry).containsText("Chưa nhập");
        entry.click();
        phone.fill("input[name=value]", "45");
        measure(phone, "[data-testid=result-save]", "input[name=value]");
        shot(phone, "cell-entry");
        phone.click("[data-testid=result-save]");
        assertThat(phone.locator("[data-testid=flash]")).hasText("Đã lưu số liệu.");
        shot(phone, "cell-entry-saved");
        phone.navigate(url("/"));
        assertThat(phone.locator("[data-testid=entry-link]").filter(new Locator.FilterOptions().setHasText(TARGET)))
                .containsText("Đã nhập: 45 hộ");

        // the cell co-operates on the task (Khu phố 2 leads) and reports its part
        phone.locator("[data-testid=task-link]").filter(new Locator.FilterOptions().setHasText(TASK)).click();
        assertThat(phone.locator("[data-testid=cooperator-note]")).isVisible();
        phone.selectOption("#status", "IN_PROGRESS");
        phone.fill("#progress", "40");
        phone.fill("#note", "Khu phố 1 đã vận động 45/120 hộ phân loại rác.");
        measure(phone, "[data-testid=report-submit]", "#status", "#note");
        shot(phone, "cell-task-report");
        phone.click("[data-testid=report-submit]");
        assertThat(phone.locator("[data-testid=flash]")).hasText("Đã ghi nhận tiến độ.");
        assertThat(phone.locator("main")).containsText("Khu phố 1 đã vận động 45/120 hộ phân loại rác.");
        shot(phone, "cell-task-reported");
        assertThat(jdbc.sql("SELECT t.status FROM task t WHERE t.title = ?").param(TASK).query(String.class).single())
                .as("the lead's status is not changed by a co-operating cell").isEqualTo("NOT_STARTED");

        // the other pages a cell secretary uses keep the same promises on the phone
        phone.navigate(url("/"));
        phone.click("[data-testid=member-list]");
        shot(phone, "cell-members");
        measure(phone, "main .btn:visible");
        phone.navigate(url("/tasks"));
        shot(phone, "cell-tasks");
        measure(phone, "main .btn:visible");
        phone.navigate(url("/dashboard"));
        assertThat(phone.locator("[data-testid=province-link]")).hasCount(0);
        shot(phone, "cell-dashboard");
        measure(phone, "#resolution", "#period");
        phoneContext.close();
    }

    @Test
    void theMemberLandsOnTheirOwnHome() {
        BrowserContext phoneContext = newContext(360, 740);
        Page phone = phoneContext.newPage();
        signIn(phone, "dangvien.anh");
        assertThat(phone.locator("[data-testid=member-home-name]")).hasText("Nguyễn Thị Ánh");
        assertThat(phone.locator("[data-testid=member-home-record]")).containsText("Chi bộ Khu phố 1");
        assertThat(phone.locator("[data-testid=member-home-meetings]")).isVisible();
        assertThat(phone.locator("[data-testid=short-menu]")).hasCount(1);
        measure(phone, "[data-testid=member-full-record]", ".navbar-toggler");
        shot(phone, "member-home");
        phone.click("[data-testid=member-full-record]");
        assertThat(phone.locator("[data-testid=member-name]")).hasText("Nguyễn Thị Ánh");
        measure(phone);
        shot(phone, "member-record");
        phoneContext.close();
    }

    @Test
    void theProvinceOpensTheRollUpOnTheLatestPeriodWithDataAndSeesEveryWard() {
        signIn("tinh.vanphong");
        page.navigate(url("/dashboard/province"));
        Map<String, Object> latest = jdbc.sql("""
                SELECT per.year, per.kind FROM target_result r JOIN target t ON t.id = r.target_id
                JOIN indicator i ON i.code = t.indicator_code JOIN reporting_period per ON per.id = r.period_id
                JOIN resolution res ON res.id = t.resolution_id
                JOIN party_organization p ON res.org_path LIKE p.path || '%' AND p.name = 'Đảng bộ tỉnh mẫu'
                WHERE r.status <> 'RETURNED' ORDER BY per.ends_on DESC LIMIT 1""").query().singleRow();
        assertThat(page.locator("#year")).hasValue(String.valueOf(latest.get("year")));
        assertThat(page.locator("#period")).hasValue((String) latest.get("kind"));
        long wards = jdbc.sql("""
                SELECT count(*) FROM party_organization w JOIN party_organization p ON w.path LIKE p.path || '%'
                WHERE w.kind = 'WARD_COMMITTEE' AND w.dissolved_on IS NULL AND p.name = 'Đảng bộ tỉnh mẫu'""")
                .query(Long.class).single();
        assertThat(page.locator("[data-testid=province-table] tbody tr")).hasCount((int) wards);
        assertThat(page.locator("[data-testid=ward-not-reported]").first()).containsText("Chưa báo cáo");
        assertThat(page.locator("[data-testid=ward-row]").first()).isVisible();
        shot("province-latest-period");

        // drilling down keeps the ward's name in the heading and the breadcrumb
        Locator ward = page.locator("[data-testid=ward-row] a").first();
        String name = ward.textContent().trim();
        ward.click();
        assertThat(page.locator("[data-testid=dashboard-heading]")).containsText(name);
        assertThat(page.locator("[data-testid=breadcrumb-ward]")).hasText(name);
        shot("province-drill-down");

        BrowserContext phoneContext = newContext(360, 740);
        Page phone = phoneContext.newPage();
        signIn(phone, "tinh.vanphong");
        phone.navigate(url("/dashboard/province"));
        measure(phone, "[data-testid=province-table] [data-testid=ward-row] a", "#indicator");
        shot(phone, "province-phone");
        phoneContext.close();

        // a ward account is never offered the province roll-up
        BrowserContext wardContext = newContext(1280, 900);
        Page office = wardContext.newPage();
        signIn(office, "mythoi.vanphong");
        office.navigate(url("/dashboard"));
        assertThat(office.locator("[data-testid=dashboard-heading]")).containsText("Đảng bộ phường Mỹ Thới");
        assertThat(office.locator("[data-testid=province-link]")).hasCount(0);
        wardContext.close();
    }

    /**
     * The layout promises, measured in the browser: no horizontal scrolling; every visible piece of text in the
     * page at least 16 px (badges at least 14 px); each primary action's box at least 44 px high and wide.
     */
    private void measure(Page p, String... primaryActions) {
        p.waitForLoadState(LoadState.LOAD);
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        Object wide = p.evaluate("""
                () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + p.url() + ": " + wide)
                .isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) p.evaluate("""
                () => {
                  const bad = [];
                  for (const el of document.querySelectorAll('body *')) {
                    if (['SCRIPT', 'STYLE', 'OPTION', 'TITLE'].includes(el.tagName)) continue;
                    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
                    if (!own || el.getClientRects().length === 0) continue;
                    const style = getComputedStyle(el);
                    if (style.visibility === 'hidden' || el.closest('.visually-hidden-focusable, .collapse:not(.show), .dropdown-menu:not(.show)')) continue;
                    const size = parseFloat(style.fontSize);
                    const min = el.closest('.badge') ? 14 : 16;
                    if (size < min) bad.push(el.tagName + '.' + el.className + ' ' + size + 'px: ' + el.textContent.trim().slice(0, 40));
                  }
                  return bad;
                }""");
        assertThat(small).as("text below 16 px (badges 14 px) on " + p.url()).isEmpty();
        for (String selector : primaryActions) {
            Locator all = p.locator(selector);
            assertThat(all.count()).as(selector + " on " + p.url()).isPositive();
            for (int i = 0; i < all.count(); i++) {
                var box = all.nth(i).boundingBox();
                assertThat(box).as(selector + " is visible on " + p.url()).isNotNull();
                assertThat(box.height).as(selector + " height on " + p.url()).isGreaterThanOrEqualTo(44);
                assertThat(box.width).as(selector + " width on " + p.url()).isGreaterThanOrEqualTo(44);
            }
        }
    }

    private long org(String name) {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = ?").param(name).query(Long.class).single();
    }

    private long org(String name, long ward) {
        return jdbc.sql("""
                SELECT c.id FROM party_organization c JOIN party_organization w ON c.path LIKE w.path || '%'
                WHERE c.name = ? AND w.id = ?""").params(name, ward).query(Long.class).single();
    }
}

package vn.dangbo.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's rules as settings, as the administrator and a province office see them: the rules with the regulation
 * each comes from, a value out of bounds refused beside its field, the year's holidays with Tết by the lunar
 * calendar; the province office on a 360 px phone.
 */
class SettingsJourneyTest extends BrowserJourney {

    @Test
    void theAdministratorReadsTheRulesWithTheirRegulationsAndTheYearsHolidays() {
        signIn("admin");
        page.click("text=Quy định áp dụng");
        assertThat(page.locator("[data-setting='calendar.tetDays']")).containsText("Bộ luật Lao động 2019, Điều 112");
        assertThat(page.locator("[data-setting='election.approvalWorkingDays']")).containsText("Quy định 24-QĐ/TW năm 2021");
        shot("rules-with-their-regulations");

        page.click("[data-setting='calendar.tetDays'] a");
        page.fill("#value", "99");
        page.fill("#reason", "Thử giá trị quá lớn");
        page.click("[data-testid=save-setting]");
        assertThat(page.locator("[data-testid=error-value]")).hasText("Nhập một số nguyên từ 1 đến 15.");
        assertThat(page.locator("#reason")).hasValue("Thử giá trị quá lớn");
        shot("out-of-bounds-beside-the-field");

        page.navigate(url("/settings/calendar?year=2026"));
        assertThat(page.locator("[data-testid=holidays]")).containsText("17/02/2026");
        assertThat(page.locator("[data-testid=holidays]")).containsText("Giỗ Tổ Hùng Vương");
        shot("holidays-2026");
    }

    @Test
    void theProvinceOfficeOnAPhoneSeesWhichRulesItMayAdjustForItsWards() {
        BrowserContext phone = newContext(360, 800);
        Page p = phone.newPage();
        signIn(p, "tinh.vanphong");
        p.navigate(url("/settings/meeting.thematicPerQuarter"));
        assertThat(p.locator("[data-testid=save-setting]")).isVisible();
        shot(p, "province-may-adjust-360");
        p.navigate(url("/settings/election.approvalWorkingDays"));
        assertThat(p.locator("[data-testid=save-setting]")).hasCount(0);
        assertThat(p.locator("[data-testid=regulation]")).hasText("Quy định 24-QĐ/TW năm 2021");
        shot(p, "system-rule-read-only-360");
        phone.close();
    }
}

package vn.dangbo.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, part 1.6: an office PC with an English Chrome. Dates are shown and typed day first (10 May 1960 is
 * "10/05/1960", never "05/10/1960"), the calendar beside a date field is the application's own, a date that does not
 * exist gets the Vietnamese message beside its field, and an empty required field gets the application's Vietnamese
 * message, not the browser's "Please fill out this field." bubble.
 */
class EnglishBrowserJourneyTest extends BrowserJourney {

    private static Playwright playwright;
    private static Browser english;

    private static synchronized Browser english() {
        if (english == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            english = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--lang=en-US")));
        }
        return english;
    }

    @AfterAll
    static void closeEnglishBrowser() {
        if (english != null) {
            english.close();
            playwright.close();
            english = null;
        }
    }

    private Page englishPage(int width, int height) {
        BrowserContext c = english().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(width, height));
        c.setDefaultTimeout(15_000);
        context.close();
        context = c;
        return c.newPage();
    }

    @Test
    void anEnglishChromeShowsDatesDayFirstAndTheApplicationsVietnameseMessages() {
        Page p = englishPage(1280, 900);
        assertThat(p.evaluate("navigator.language")).isEqualTo("en-US");

        // sign-in with nothing typed: the application's message beside the field, no browser bubble
        p.navigate(url("/login"));
        p.click("button[type=submit]");
        assertThat(p.locator("[data-testid=error-username]")).hasText("Vui lòng nhập tên đăng nhập.");
        assertThat(p.locator("[data-testid=error-password]")).hasText("Vui lòng nhập mật khẩu.");
        assertThat(p.evaluate("document.querySelector('form').noValidate")).isEqualTo(true);
        shot(p, "sign-in-empty-vietnamese-messages");
        signIn(p, "mythoi.vanphong");

        p.navigate(url("/members/new"));
        assertThat(p.locator("input[type=date]")).hasCount(0);
        assertThat(p.locator("#dateOfBirth")).hasAttribute("placeholder", "dd/mm/yyyy");
        assertThat(p.locator("#dateOfBirth")).hasAttribute("inputmode", "numeric");

        // the picker: May 1960, day 10 -> 10/05/1960
        p.locator("#dateOfBirth ~ [data-datepicker-open]").click();
        assertThat(p.locator("[data-testid=datepicker]")).isVisible();
        assertThat(p.locator("[data-testid=datepicker] .datepicker-weekday").first()).hasText("T2");
        p.locator("[data-testid=datepicker] .datepicker-year").fill("1960");
        p.locator("[data-testid=datepicker] .datepicker-year").press("Enter");
        p.locator("[data-testid=datepicker] select").selectOption(new SelectOption().setLabel("Tháng 5"));
        shot(p, "picker-may-1960");
        p.locator("[data-testid=datepicker] [aria-label='10/05/1960']").click();
        assertThat(p.locator("[data-testid=datepicker]")).hasCount(0);
        assertThat(p.locator("#dateOfBirth")).hasValue("10/05/1960");

        // a date that does not exist and an empty required name: the server's Vietnamese messages beside the fields
        p.selectOption("#organizationId", new SelectOption().setLabel("Chi bộ Khu phố 2"));
        p.selectOption("#gender", "MALE");
        p.fill("#admissionDate", "31/02/1985");
        p.fill("#hometown", "Mỹ Thới, Long Xuyên");
        p.click("[data-testid=member-save]");
        assertThat(p.locator("[data-testid=error-admissionDate]"))
                .hasText("Ngày không hợp lệ: nhập một ngày có thật từ 01/01/1900 đến 31/12/2100.");
        assertThat(p.locator("#dateOfBirth")).hasValue("10/05/1960");
        assertThat(p.locator("#admissionDate")).hasValue("31/02/1985");
        assertThat(p.locator("#hometown")).hasValue("Mỹ Thới, Long Xuyên");
        shot(p, "bad-date-vietnamese-message");

        p.fill("#admissionDate", "3/2/1985");
        p.click("[data-testid=member-save]");
        assertThat(p.locator("[data-testid=error-fullName]")).hasText("Vui lòng nhập thông tin này.");
        assertThat(p.locator("#admissionDate")).hasValue("03/02/1985");
        shot(p, "empty-name-vietnamese-message");

        p.fill("#fullName", "Trần Văn Mười");
        p.click("[data-testid=member-save]");
        assertThat(p.locator("[data-testid=member-name]")).hasText("Trần Văn Mười");
        assertThat(p.locator("body")).containsText("10/05/1960");
        assertThat(p.locator("body")).containsText("03/02/1985");
        assertThat(p.locator("body")).not().containsText("05/10/1960");
        shot(p, "member-saved-dates-day-first");

        // the same form on a 360 px phone: the picker fits the screen
        String memberUrl = p.url();
        Page phone = englishPhone(memberUrl);
        phone.locator("#dateOfBirth ~ [data-datepicker-open]").click();
        assertThat(phone.locator("[data-testid=datepicker] [aria-pressed=true]")).hasText("10");
        assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        shot(phone, "phone-360-edit-form-with-picker");
        phone.context().close();
    }

    private Page englishPhone(String memberUrl) {
        BrowserContext c = english().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(360, 740).setIsMobile(true).setHasTouch(true));
        c.setDefaultTimeout(15_000);
        Page phone = c.newPage();
        signIn(phone, "mythoi.vanphong");
        phone.navigate(memberUrl + "/edit");
        assertThat(phone.locator("#dateOfBirth")).hasValue("10/05/1960");
        return phone;
    }
}

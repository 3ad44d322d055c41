package vn.dangbo.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.support.DangboTest;

/**
 * A journey of PRODUCT.md walked in Debian's Chromium against the running application, as a person would, with a
 * screenshot per step in target/screenshots/&lt;journey&gt;/. Without /usr/bin/chromium the journeys are skipped
 * with a loud notice; with DANGBO_BROWSER=required (set by .ci/run) a missing browser fails the build.
 */
@DangboTest
abstract class BrowserJourney {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;

    protected BrowserContext context;
    protected Page page;
    private Path screenshots;
    private int step;

    static String mode() {
        String env = System.getenv("DANGBO_BROWSER");
        return env != null && !env.isBlank() ? env : System.getProperty("dangbo.browser", "auto");
    }

    static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--lang=vi-VN")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser(TestInfo info) throws Exception {
        String mode = mode();
        boolean present = Files.isExecutable(CHROMIUM);
        if ("required".equals(mode) && !present) {
            throw new IllegalStateException("DANGBO_BROWSER=required but " + CHROMIUM + " is missing: apt-get install chromium");
        }
        if ("off".equals(mode) || !present) {
            System.err.println("""

                    ################################################################################
                    ##  BROWSER JOURNEYS SKIPPED: %s
                    ##  Install Debian's Chromium (apt-get install -y chromium) to run them;
                    ##  .ci/run installs it and sets DANGBO_BROWSER=required.
                    ################################################################################
                    """.formatted("off".equals(mode) ? "DANGBO_BROWSER=off" : CHROMIUM + " not found"));
            Assumptions.abort("Chromium not available: browser journey skipped");
        }
        screenshots = Path.of("target/screenshots", getClass().getSimpleName(),
                info.getTestMethod().map(java.lang.reflect.Method::getName).orElse("journey"));
        if (Files.isDirectory(screenshots)) {
            try (var old = Files.list(screenshots)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(screenshots);
        step = 0;
        context = newContext(1280, 900);
        page = context.newPage();
    }

    /** A browser context as a Vietnamese user has it: vi-VN, Vietnam's time zone. */
    protected BrowserContext newContext(int width, int height) {
        BrowserContext c = browser().newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(width, height));
        c.setDefaultTimeout(15_000);
        return c;
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(Page p, String username) {
        p.navigate(url("/login"));
        p.fill("#username", username);
        p.fill("#password", "dangbo@2025");
        p.click("button[type=submit]");
        p.waitForURL(url("/"));
    }

    protected void signIn(String username) {
        signIn(page, username);
    }

    protected void signOut() {
        page.click("[data-testid=signed-in-as]");
        page.click("[data-testid=logout]");
        page.waitForURL(url("/login?logout"));
    }

    /** Saves a full-page screenshot named after the step. */
    protected void shot(String name) {
        shot(page, name);
    }

    protected void shot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshots.resolve(String.format("%02d-%s.png", ++step, name))));
    }
}

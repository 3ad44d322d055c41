package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.identity.AccountManagement.AccountData;
import vn.dangbo.shared.security.Role;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * What the sign-in tells a stranger: nothing. Wrong password, unknown, locked and disabled accounts answer alike
 * until the password is right; failures lock a username for one client address only; one address guessing many
 * usernames is refused; the real client address behind a trusted proxy is the one counted. Each test signs in from
 * its own documentation addresses (RFC 5737) so that the per-address counts of other tests do not interfere.
 */
@DangboTest
class SignInAnswersTest {

    static final String PASSWORD = "mat-khau-dung-9";

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void wrongPasswordUnknownLockedAndDisabledAccountsAllAnswerTheSameUntilThePasswordIsRight() throws Exception {
        newAccount("dn.sai", true);
        newAccount("dn.khoa", true);
        newAccount("dn.ngung", false);
        String from = "198.51.100.21";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("dn.khoa", "sai-" + i, from)).isEqualTo("/login?error");
        }
        assertThat(signIn("dn.sai", "sai", from)).isEqualTo("/login?error");
        assertThat(signIn("dn.khong.co", "sai", from)).isEqualTo("/login?error");
        assertThat(signIn("dn.khoa", "sai", from)).isEqualTo("/login?error");
        assertThat(signIn("dn.ngung", "sai", from)).isEqualTo("/login?error");
        // the API answers alike too: same status, same body
        List<String> bodies = List.of(apiSignIn("dn.sai", "sai", from), apiSignIn("dn.khong.co", "sai", from),
                apiSignIn("dn.khoa", "sai", from), apiSignIn("dn.ngung", "sai", from));
        assertThat(bodies).allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)).contains("401",
                "Tên đăng nhập hoặc mật khẩu không đúng"));
        // only the right password learns the account's state
        assertThat(signIn("dn.khoa", PASSWORD, from)).isEqualTo("/login?locked");
        assertThat(signIn("dn.ngung", PASSWORD, from)).isEqualTo("/login?disabled");
        String page = mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tên đăng nhập hoặc mật khẩu không đúng.").doesNotContain("tạm khóa", "ngừng sử dụng");
    }

    @Test
    void aStrangersFailuresFromAnotherAddressDoNotLockTheAccountForItsOwnersAddress() throws Exception {
        newAccount("dn.vanthu", true);
        String stranger = "203.0.113.50";
        String owner = "192.0.2.10";
        for (int i = 0; i < 7; i++) {
            assertThat(signIn("dn.vanthu", "doan-" + i, stranger)).isEqualTo("/login?error");
        }
        assertThat(signIn("dn.vanthu", PASSWORD, stranger)).isEqualTo("/login?locked");
        assertThat(signIn("dn.vanthu", PASSWORD, owner)).isEqualTo("/");
        long audited = jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND actor_username = 'dn.vanthu'
                  AND summary LIKE '%203.0.113.50%'""").query(Long.class).single();
        assertThat(audited).isEqualTo(8);
    }

    @Test
    void oneAddressGuessingManyUsernamesIsRefusedWithoutTryingThePassword() throws Exception {
        newAccount("dn.nannhan", true);
        String guesser = "203.0.113.99";
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("dn.doan" + i, "sai", guesser)).isEqualTo("/login?error");
        }
        assertThat(signIn("dn.nannhan", PASSWORD, guesser)).isEqualTo("/login?throttled");
        assertThat(signIn("dn.nannhan", PASSWORD, "192.0.2.11")).isEqualTo("/");
        String page = mvc.perform(get("/login?throttled")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Có quá nhiều lần đăng nhập không thành công từ máy này");
    }

    @Test
    void behindATrustedProxyTheClientAddressIsTheForwardedOneAndTheSessionCookieIsSecure() throws Exception {
        newAccount("dn.proxy", true);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> viaHttps = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.77").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaHttps.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
        // the throttle and the audit trail see the browser's address, not the proxy's
        HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.77")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"dn.proxy\",\"password\":\"sai\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM sign_in_throttle WHERE username = 'dn.proxy' AND address = '203.0.113.77'""")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_username = 'dn.proxy' AND action = 'LOGIN_FAILED'
                  AND summary LIKE '%203.0.113.77%'""").query(Long.class).single()).isEqualTo(1);
    }

    private void newAccount(String username, boolean enabled) {
        long ward = jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ Phường 1'").query(Long.class)
                .single();
        // created disabled at once: the account form's "enabled" box counts on creation too
        as.run("admin", () -> accounts.create(new AccountData(username, "Tài khoản thử đăng nhập", Role.WARD_LEADER,
                ward, null, enabled), PASSWORD));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
                .param("password", password)).andReturn().getResponse().getRedirectedUrl();
    }

    private String apiSignIn(String username, String password, String address) throws Exception {
        var response = mvc.perform(post("/api/v1/auth/tokens").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).andReturn()
                .getResponse();
        return response.getStatus() + " " + response.getContentAsString(StandardCharsets.UTF_8);
    }
}

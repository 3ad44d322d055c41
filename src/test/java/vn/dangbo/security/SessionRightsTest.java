package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.identity.AccountManagement.AccountData;
import vn.dangbo.shared.security.Role;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * A session or an API token never outlives the account's rights: every request reads the account's current state
 * (enabled, role, scope, security stamp) and ends a session, or refuses a token, that no longer matches it.
 */
@DangboTest
class SessionRightsTest {

    static final String PASSWORD = "mat-khau-ban-dau-1";

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void aDisabledAccountsOldSessionAndTokenAreRefusedOnTheirNextRequest() throws Exception {
        long id = newWardOffice("phien.ngung");
        MockHttpSession page = signIn("phien.ngung", PASSWORD);
        MockHttpSession api = signIn("phien.ngung", PASSWORD);
        String token = token("phien.ngung", PASSWORD);
        assertThat(status(get("/members").session(page))).isEqualTo(200);
        assertThat(status(get("/api/v1/members").session(api))).isEqualTo(200);
        assertThat(status(get("/api/v1/members").header("Authorization", "Bearer " + token))).isEqualTo(200);

        as.run("phuong1.vanphong", () -> accounts.update(id, data("phien.ngung", Role.WARD_OFFICE, false)));

        MockHttpServletResponse refused = mvc.perform(get("/members").session(page)).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(page.isInvalid()).isTrue();
        MockHttpServletResponse apiRefused = mvc.perform(get("/api/v1/members").session(api)).andReturn().getResponse();
        assertThat(apiRefused.getStatus()).isEqualTo(401);
        assertThat(apiRefused.getContentType()).contains("application/problem+json");
        assertThat(status(get("/api/v1/members").header("Authorization", "Bearer " + token))).isEqualTo(401);
        // a write through the old session changes nothing
        assertThat(status(post("/accounts").session(page).with(csrf()).param("username", "phien.moi")
                .param("role", "WARD_OFFICE").param("displayName", "Tài khoản mới").param("password", PASSWORD)))
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'phien.moi'").query(Long.class).single())
                .isZero();
        assertThat(endings("phien.ngung")).contains("Kết thúc phiên đăng nhập: tài khoản đã bị ngừng sử dụng");
        String notice = mvc.perform(get("/login?ended")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notice).contains("Phiên đăng nhập đã kết thúc");
    }

    @Test
    void aDemotedAccountsOldSessionAndTokenAreRefusedAndItsNewSessionHasTheNewRole() throws Exception {
        long id = newWardOffice("phien.hacap");
        MockHttpSession page = signIn("phien.hacap", PASSWORD);
        String token = token("phien.hacap", PASSWORD);
        assertThat(status(get("/accounts").session(page))).isEqualTo(200);

        as.run("phuong1.vanphong", () -> accounts.update(id, data("phien.hacap", Role.WARD_LEADER, true)));

        assertThat(mvc.perform(get("/accounts").session(page)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?ended");
        assertThat(status(get("/api/v1/members").header("Authorization", "Bearer " + token))).isEqualTo(401);
        assertThat(endings("phien.hacap")).anyMatch(s -> s.startsWith("Kết thúc phiên đăng nhập"));
        MockHttpSession again = signIn("phien.hacap", PASSWORD);
        assertThat(status(get("/accounts").session(again))).isEqualTo(403);
        assertThat(status(get("/members").session(again))).isEqualTo(200);
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheOldSessionAndToken() throws Exception {
        long id = newWardOffice("phien.datlai");
        MockHttpSession page = signIn("phien.datlai", PASSWORD);
        MockHttpSession htmx = signIn("phien.datlai", PASSWORD);
        String token = token("phien.datlai", PASSWORD);

        as.run("phuong1.vanphong", () -> accounts.resetPassword(id, "mat-khau-dat-lai-2"));

        // an htmx request is told to load the sign-in page rather than swap it into a fragment
        MockHttpServletResponse fragment = mvc.perform(get("/members").session(htmx).header("HX-Request", "true"))
                .andReturn().getResponse();
        assertThat(fragment.getStatus()).isEqualTo(401);
        assertThat(fragment.getHeader("HX-Redirect")).isEqualTo("/login?ended");
        assertThat(mvc.perform(get("/members").session(page)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?ended");
        assertThat(status(get("/api/v1/members").header("Authorization", "Bearer " + token))).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE account_id = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(status(get("/members").session(signIn("phien.datlai", "mat-khau-dat-lai-2")))).isEqualTo(200);
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndTokensButNotTheCurrentSession() throws Exception {
        newWardOffice("phien.tudoi");
        MockHttpSession here = signIn("phien.tudoi", PASSWORD);
        MockHttpSession elsewhere = signIn("phien.tudoi", PASSWORD);
        String token = token("phien.tudoi", PASSWORD);

        MvcResult changed = mvc.perform(post("/account/password").session(here).with(csrf())
                .param("currentPassword", PASSWORD).param("newPassword", "mat-khau-moi-cua-toi")
                .param("confirmPassword", "mat-khau-moi-cua-toi")).andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");

        assertThat(status(get("/members").session(here))).isEqualTo(200);
        assertThat(status(get("/members").session(here))).isEqualTo(200);
        assertThat(mvc.perform(get("/members").session(elsewhere)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?ended");
        assertThat(status(get("/api/v1/members").header("Authorization", "Bearer " + token))).isEqualTo(401);
        assertThat(status(get("/api/v1/members").header("Authorization", "Bearer "
                + token("phien.tudoi", "mat-khau-moi-cua-toi")))).isEqualTo(200);
    }

    private long newWardOffice(String username) {
        return as.call("phuong1.vanphong", () -> accounts.create(data(username, Role.WARD_OFFICE, true), PASSWORD));
    }

    private AccountData data(String username, Role role, boolean enabled) {
        long ward = jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ Phường 1'").query(Long.class)
                .single();
        return new AccountData(username, "Tài khoản thử phiên " + username, role, ward, null, enabled);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
                .param("username", username).param("password", password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private String token(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = TOKEN.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private java.util.List<String> endings(String username) {
        return jdbc.sql("SELECT summary FROM audit_event WHERE action = 'LOGOUT' AND actor_username = ?")
                .param(username).query(String.class).list();
    }
}

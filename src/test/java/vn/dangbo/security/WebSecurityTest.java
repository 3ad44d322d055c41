package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.identity.AccountManagement.AccountData;
import vn.dangbo.shared.security.Role;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;
import vn.dangbo.support.HttpSession;
import org.springframework.boot.test.web.server.LocalServerPort;

@DangboTest
class WebSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void anonymousVisitorsAreSentToTheVietnameseLoginPage() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu").contains("lang=\"vi\"");
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyAndNoFraming() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/members").with(as.user("mythoi.vanphong")).param("fullName", "Nguyễn Văn Tèo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingInChangesTheSessionIdAgainstSessionFixation() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", "mythoi.lanhdao").param("password", "dangbo@2025")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsFromOneAddressLockTheAccountThereEvenForTheRightPassword() throws Exception {
        as.run("admin", () -> accounts.create(new AccountData("thu.khoa", "Tài khoản thử khóa", Role.WARD_LEADER,
                jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ Phường 1'").query(Long.class).single(),
                null, true), "mat-khau-dung-1"));
        // its own client address: the per-address count of 127.0.0.1 is shared by every test signing in
        org.springframework.test.web.servlet.request.RequestPostProcessor from = r -> {
            r.setRemoteAddr("198.51.100.5");
            return r;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(from).param("username", "thu.khoa").param("password", "sai-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from).param("username", "thu.khoa")
                        .param("password", "mat-khau-dung-1"))
                .andExpect(redirectedUrl("/login?locked"));
        long failures = jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND actor_username = 'thu.khoa'""")
                .query(Long.class).single();
        assertThat(failures).isEqualTo(6);
        String page = mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tài khoản tạm khóa");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2");
    }

    @LocalServerPort int port;

    @Test
    void aRecordOutsideTheScopeAnswersExactlyLikeAnUnknownIdInPagesAndApiAndTheRefusalIsAudited() throws Exception {
        long other = jdbc.sql("""
                SELECT min(m.id) FROM member m JOIN party_organization o ON o.id = m.organization_id
                WHERE o.place_name = 'Phường 1'""").query(Long.class).single();
        long otherOrg = jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ Phường 1'").query(Long.class)
                .single();
        long otherAccount = jdbc.sql("SELECT id FROM account WHERE username = 'phuong1.vanphong'").query(Long.class)
                .single();
        long unknown = 987654321L;
        HttpSession cell = new HttpSession(port).signIn("mythoi.kp1", "dangbo@2025");
        var outside = cell.get("/members/" + other);
        var missing = cell.get("/members/" + unknown);
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(withoutCsrf(outside.body())).isEqualTo(withoutCsrf(missing.body()))
                .contains("Không tìm thấy").doesNotContain("Exception", "Không có quyền");
        assertThat(withoutCsrf(cell.get("/organizations/" + otherOrg).body()))
                .isEqualTo(withoutCsrf(cell.get("/organizations/" + unknown).body()));
        HttpSession office = new HttpSession(port).signIn("mythoi.vanphong", "dangbo@2025");
        var account = office.get("/accounts/" + otherAccount);
        assertThat(account.statusCode()).isEqualTo(404);
        assertThat(withoutCsrf(account.body())).isEqualTo(withoutCsrf(office.get("/accounts/" + unknown).body()));
        for (String api : new String[] {"/api/v1/members/", "/api/v1/organizations/"}) {
            var a = mvc.perform(get(api + other).with(as.user("mythoi.kp1"))).andReturn().getResponse();
            if (api.contains("organizations")) {
                a = mvc.perform(get(api + otherOrg).with(as.user("mythoi.kp1"))).andReturn().getResponse();
            }
            var b = mvc.perform(get(api + unknown).with(as.user("mythoi.kp1"))).andReturn().getResponse();
            assertThat(a.getStatus()).as(api).isEqualTo(404);
            assertThat(b.getStatus()).as(api).isEqualTo(404);
            long asked = api.contains("organizations") ? otherOrg : other;
            assertThat(a.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace("" + asked, "{id}")).as(api)
                    .isEqualTo(b.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace("" + unknown, "{id}"))
                    .contains("\"code\":\"NOT_FOUND\"");
        }
        long denied = jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_username = 'mythoi.kp1'
                  AND summary = ?""").param("GET /members/" + other).query(Long.class).single();
        assertThat(denied).isPositive();
    }

    @Test
    void anOrganizationIdInARequestBodyOutsideTheScopeAnswersExactlyLikeAnUnknownOne() throws Exception {
        long otherCell = jdbc.sql("""
                SELECT min(o.id) FROM party_organization o
                WHERE o.place_name = 'Phường 1' AND o.kind = 'CELL'""").query(Long.class).single();
        long unknown = 987654321L;
        String body = """
                {"organizationId": %d, "registrationKind": "MEMBER", "fullName": "Lê Văn Thử",
                 "dateOfBirth": "1980-01-01", "gender": "MALE", "admissionDate": "2010-01-01"}""";
        var outside = mvc.perform(post("/api/v1/members").with(as.user("mythoi.vanphong")).with(csrf())
                .contentType("application/json").content(body.formatted(otherCell))).andReturn().getResponse();
        var missing = mvc.perform(post("/api/v1/members").with(as.user("mythoi.vanphong")).with(csrf())
                .contentType("application/json").content(body.formatted(unknown))).andReturn().getResponse();
        assertThat(outside.getStatus()).isEqualTo(404);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(outside.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(missing.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The page without its CSRF tokens (masked afresh on every request). */
    private static String withoutCsrf(String page) {
        return page.replaceAll("[A-Za-z0-9_-]{60,}", "(mã CSRF)");
    }

    @Test
    void unknownAddressesGetTheVietnamese404PageWithoutAStackTrace() throws Exception {
        HttpSession session = new HttpSession(port).signIn("mythoi.vanphong", "dangbo@2025");
        var page = session.get("/khong-co-trang-nay");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy").doesNotContain("Exception");
        var bad = session.get("/members/abc");
        assertThat(bad.body()).doesNotContain("Exception").contains("Không tìm thấy");
    }

    @Test
    void apiErrorsAreProblemDetailsWithACodeAndAVietnameseMessage() throws Exception {
        String body = mvc.perform(get("/api/v1/members/999999999").with(as.user("mythoi.vanphong")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"code\":\"NOT_FOUND\"", "Không tìm thấy");
        String anonymous = mvc.perform(get("/api/v1/members")).andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(anonymous).contains("\"code\":\"UNAUTHENTICATED\"", "Vui lòng đăng nhập");
    }
}

package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.security.Role;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Every endpoint × every role × inside and outside the account's organization scope. A request is allowed when
 * the role has the endpoint's permission and the target lies within the account's scope; allowed means the
 * request got past the guard (any status but 401/403), refused means 403. Write requests carry invalid input so
 * that an allowed request stops at validation and changes nothing. A new endpoint fails
 * {@link #everyEndpointIsInTheMatrix()} until it is added here.
 */
@DangboTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** What an endpoint acts on, which decides the scope check. */
    enum Target { NONE, ORGANIZATION, MEMBER, ACCOUNT, POSITION, SELF, ANYONE }

    record Ids(long org, long member, long account, long position) {}

    record Endpoint(String method, String pattern, Permission permission, Target target,
            Function<Ids, MockHttpServletRequestBuilder> request) {}

    record Account(String username, Role role, String scopePath, Long memberId) {}

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;
    @Autowired RequestMappingHandlerMapping mappings;

    Ids inside;
    Ids outside;
    Map<String, String> pathOfOrg;
    List<Account> accounts;

    static final String JSON_INVALID_MEMBER = "{\"fullName\":\"\"}";

    static List<Endpoint> endpoints() {
        List<Endpoint> e = new ArrayList<>();
        // pages
        e.add(new Endpoint("GET", "/", null, Target.ANYONE, ids -> get("/")));
        e.add(new Endpoint("GET", "/account/password", null, Target.ANYONE, ids -> get("/account/password")));
        e.add(new Endpoint("POST", "/account/password", null, Target.ANYONE,
                ids -> post("/account/password").param("currentPassword", "sai").param("newPassword", "x")
                        .param("confirmPassword", "x")));
        e.add(new Endpoint("GET", "/organizations", Permission.ORGANIZATION_VIEW, Target.NONE, ids -> get("/organizations")));
        e.add(new Endpoint("GET", "/organizations/{id}", Permission.ORGANIZATION_VIEW, Target.ORGANIZATION,
                ids -> get("/organizations/" + ids.org())));
        e.add(new Endpoint("GET", "/organizations/new", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> get("/organizations/new").param("parentId", "" + ids.org())));
        e.add(new Endpoint("POST", "/organizations", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations").param("parentId", "" + ids.org()).param("name", "")));
        e.add(new Endpoint("GET", "/organizations/{id}/edit", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> get("/organizations/" + ids.org() + "/edit")));
        e.add(new Endpoint("POST", "/organizations/{id}", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org()).param("name", "")));
        e.add(new Endpoint("GET", "/organizations/{id}/move", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> get("/organizations/" + ids.org() + "/move")));
        e.add(new Endpoint("POST", "/organizations/{id}/move", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org() + "/move")));
        e.add(new Endpoint("GET", "/organizations/{id}/dissolve", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> get("/organizations/" + ids.org() + "/dissolve")));
        e.add(new Endpoint("POST", "/organizations/{id}/dissolve", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org() + "/dissolve")));
        e.add(new Endpoint("POST", "/organizations/{id}/terms", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org() + "/terms")));
        e.add(new Endpoint("POST", "/organizations/{id}/positions", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org() + "/positions")));
        e.add(new Endpoint("POST", "/organizations/{id}/positions/{positionId}/end", Permission.ORGANIZATION_MANAGE,
                Target.POSITION, ids -> post("/organizations/" + ids.org() + "/positions/" + ids.position() + "/end")
                        .param("endsOn", "1900-01-01")));
        e.add(new Endpoint("GET", "/members", Permission.MEMBER_VIEW, Target.NONE, ids -> get("/members")));
        e.add(new Endpoint("GET", "/members?org", Permission.MEMBER_VIEW, Target.ORGANIZATION,
                ids -> get("/members").param("org", "" + ids.org())));
        e.add(new Endpoint("GET", "/members/{id}", Permission.MEMBER_VIEW, Target.MEMBER, ids -> get("/members/" + ids.member())));
        e.add(new Endpoint("GET", "/members/new", Permission.MEMBER_MANAGE, Target.NONE, ids -> get("/members/new")));
        e.add(new Endpoint("POST", "/members", Permission.MEMBER_MANAGE, Target.ORGANIZATION,
                ids -> post("/members").param("organizationId", "" + ids.org()).param("fullName", "")));
        e.add(new Endpoint("GET", "/members/{id}/edit", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> get("/members/" + ids.member() + "/edit")));
        e.add(new Endpoint("POST", "/members/{id}", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/members/" + ids.member()).param("fullName", "")));
        e.add(new Endpoint("GET", "/members/{id}/status", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> get("/members/" + ids.member() + "/status")));
        e.add(new Endpoint("POST", "/members/{id}/status", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/members/" + ids.member() + "/status")));
        e.add(new Endpoint("GET", "/members/{id}/transfer", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> get("/members/" + ids.member() + "/transfer")));
        e.add(new Endpoint("POST", "/members/{id}/transfer", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/members/" + ids.member() + "/transfer").param("kind", "OFFICIAL")));
        e.add(new Endpoint("GET", "/me", Permission.SELF_VIEW, Target.SELF, ids -> get("/me")));
        e.add(new Endpoint("GET", "/accounts", Permission.ACCOUNT_MANAGE, Target.NONE, ids -> get("/accounts")));
        e.add(new Endpoint("GET", "/accounts/new", Permission.ACCOUNT_MANAGE, Target.NONE, ids -> get("/accounts/new")));
        e.add(new Endpoint("POST", "/accounts", Permission.ACCOUNT_MANAGE, Target.ORGANIZATION,
                ids -> post("/accounts").param("username", "x").param("role", "CELL_SECRETARY")
                        .param("displayName", "Thử").param("scopeOrganizationId", "" + ids.org())));
        e.add(new Endpoint("GET", "/accounts/{id}", Permission.ACCOUNT_MANAGE, Target.ACCOUNT, ids -> get("/accounts/" + ids.account())));
        e.add(new Endpoint("POST", "/accounts/{id}", Permission.ACCOUNT_MANAGE, Target.ACCOUNT,
                ids -> post("/accounts/" + ids.account()).param("displayName", "")));
        e.add(new Endpoint("POST", "/accounts/{id}/password", Permission.ACCOUNT_MANAGE, Target.ACCOUNT,
                ids -> post("/accounts/" + ids.account() + "/password").param("newPassword", "ngan")));
        e.add(new Endpoint("POST", "/accounts/{id}/unlock", Permission.ACCOUNT_MANAGE, Target.ACCOUNT,
                ids -> post("/accounts/" + ids.account() + "/unlock")));
        e.add(new Endpoint("GET", "/audit", Permission.AUDIT_VIEW, Target.NONE, ids -> get("/audit")));
        // API
        e.add(new Endpoint("DELETE", "/api/v1/auth/tokens/current", null, Target.ANYONE,
                ids -> delete("/api/v1/auth/tokens/current")));
        e.add(new Endpoint("GET", "/api/v1/organizations", Permission.ORGANIZATION_VIEW, Target.NONE,
                ids -> get("/api/v1/organizations")));
        e.add(new Endpoint("GET", "/api/v1/organizations/{id}", Permission.ORGANIZATION_VIEW, Target.ORGANIZATION,
                ids -> get("/api/v1/organizations/" + ids.org())));
        e.add(new Endpoint("POST", "/api/v1/organizations", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations"), "{\"parentId\":" + ids.org() + ",\"name\":\"\"}")));
        e.add(new Endpoint("PUT", "/api/v1/organizations/{id}", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(put("/api/v1/organizations/" + ids.org()), "{\"name\":\"\"}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/{id}/move", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations/" + ids.org() + "/move"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/{id}/dissolve", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations/" + ids.org() + "/dissolve"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/{id}/terms", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations/" + ids.org() + "/terms"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/{id}/positions", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations/" + ids.org() + "/positions"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/positions/{positionId}/end", Permission.ORGANIZATION_MANAGE,
                Target.POSITION, ids -> json(post("/api/v1/organizations/positions/" + ids.position() + "/end"),
                        "{\"endsOn\":\"1900-01-01\"}")));
        e.add(new Endpoint("GET", "/api/v1/members", Permission.MEMBER_VIEW, Target.NONE, ids -> get("/api/v1/members")));
        e.add(new Endpoint("GET", "/api/v1/members?organizationId", Permission.MEMBER_VIEW, Target.ORGANIZATION,
                ids -> get("/api/v1/members").param("organizationId", "" + ids.org())));
        e.add(new Endpoint("GET", "/api/v1/members/{id}", Permission.MEMBER_VIEW, Target.MEMBER,
                ids -> get("/api/v1/members/" + ids.member())));
        e.add(new Endpoint("GET", "/api/v1/members/{id}/status", Permission.MEMBER_VIEW, Target.MEMBER,
                ids -> get("/api/v1/members/" + ids.member() + "/status").param("asOf", "2025-01-01")));
        e.add(new Endpoint("POST", "/api/v1/members", Permission.MEMBER_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/members"), "{\"organizationId\":" + ids.org() + ",\"fullName\":\"\"}")));
        e.add(new Endpoint("PUT", "/api/v1/members/{id}", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> json(put("/api/v1/members/" + ids.member()), JSON_INVALID_MEMBER)));
        e.add(new Endpoint("POST", "/api/v1/members/{id}/status", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> json(post("/api/v1/members/" + ids.member() + "/status"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/members/{id}/transfers", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> json(post("/api/v1/members/" + ids.member() + "/transfers"), "{\"kind\":\"OFFICIAL\"}")));
        return e;
    }

    /** Reachable without signing in (or the error page): not part of the matrix. */
    static final Set<String> PUBLIC = Set.of("GET /login", "POST /api/v1/auth/tokens", "GET /api/v1/openapi",
            "GET /api/v1/openapi.yaml", "GET /api/v1/openapi/swagger-config", " /error");

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @BeforeAll
    void targets() {
        long kp1 = orgId("Chi bộ Khu phố 1", "Mỹ Thới");
        long other = orgId("Chi bộ Khu phố 1", "Phường 1");
        inside = new Ids(kp1, memberByCard("90000001"), accountId("mythoi.kp1"), positionIn(kp1));
        outside = new Ids(other, firstMemberIn(other), accountId("phuong1.vanphong"), positionIn(other));
        accounts = jdbc.sql("""
                SELECT a.username, a.role, o.path, a.member_id FROM account a
                LEFT JOIN party_organization o ON o.id = a.scope_organization_id
                WHERE a.username IN ('admin','tinh.vanphong','mythoi.vanphong','mythoi.lanhdao','mythoi.kp1','dangvien.anh')
                ORDER BY a.id""")
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? "/" : rs.getString(3), (Long) rs.getObject(4)))
                .list();
        assertThat(accounts).hasSize(6);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleInsideAndOutsideItsScope() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Account account : accounts) {
                for (boolean in : new boolean[] {true, false}) {
                    if (!in && (endpoint.target() == Target.NONE || endpoint.target() == Target.SELF
                            || endpoint.target() == Target.ANYONE)) {
                        continue;
                    }
                    Ids ids = in ? inside : outside;
                    boolean allowed = expected(endpoint, account, ids);
                    String name = endpoint.method() + " " + endpoint.pattern() + " as " + account.username()
                            + (endpoint.target() == Target.NONE || endpoint.target() == Target.ANYONE
                                    || endpoint.target() == Target.SELF ? "" : in ? " inside its scope" : " outside its scope")
                            + (allowed ? " is allowed" : " is refused");
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        MockHttpServletRequestBuilder request = endpoint.request().apply(ids).with(as.user(account.username()));
                        if (!endpoint.method().equals("GET")) {
                            request = request.with(csrf());
                        }
                        int status = mvc.perform(request).andReturn().getResponse().getStatus();
                        if (allowed) {
                            assertThat(status).as(name).isNotIn(401, 403).isLessThan(500);
                        } else {
                            assertThat(status).as(name).isEqualTo(403);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    private boolean expected(Endpoint endpoint, Account account, Ids ids) {
        if (endpoint.target() == Target.ANYONE) {
            return true;
        }
        if (endpoint.target() == Target.SELF) {
            return account.role().can(Permission.SELF_VIEW) && account.memberId() != null;
        }
        boolean self = endpoint.target() == Target.MEMBER && endpoint.permission() == Permission.MEMBER_VIEW
                && account.role().can(Permission.SELF_VIEW) && Long.valueOf(ids.member()).equals(account.memberId());
        if (self) {
            return true;
        }
        if (!account.role().can(endpoint.permission())) {
            return false;
        }
        String targetPath = switch (endpoint.target()) {
            case NONE -> account.scopePath();
            case ORGANIZATION -> orgPath(ids.org());
            case MEMBER -> jdbc.sql("SELECT org_path FROM member WHERE id = ?").param(ids.member()).query(String.class).single();
            case POSITION -> jdbc.sql("SELECT o.path FROM committee_position p JOIN party_organization o ON o.id = p.organization_id WHERE p.id = ?")
                    .param(ids.position()).query(String.class).single();
            case ACCOUNT -> jdbc.sql("SELECT o.path FROM account a JOIN party_organization o ON o.id = a.scope_organization_id WHERE a.id = ?")
                    .param(ids.account()).query(String.class).single();
            default -> throw new IllegalStateException();
        };
        return targetPath.startsWith(account.scopePath());
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> covered = new TreeSet<>();
        endpoints().forEach(e -> covered.add(e.method() + " " + e.pattern().replaceAll("\\?.*", "")));
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            Set<String> patterns = m.getKey().getPatternValues();
            Set<String> methods = new TreeSet<>();
            m.getKey().getMethodsCondition().getMethods().forEach(x -> methods.add(x.name()));
            if (methods.isEmpty()) {
                methods.add("");
            }
            for (String pattern : patterns) {
                for (String method : methods) {
                    String key = method + " " + pattern;
                    if (!covered.contains(key) && !PUBLIC.contains(key) && !pattern.startsWith("/api/v1/openapi")) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).as("endpoints without a row in the authorization matrix").isEmpty();
    }

    private long orgId(String name, String place) {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = ? AND place_name = ?").params(name, place)
                .query(Long.class).single();
    }

    private String orgPath(long id) {
        return jdbc.sql("SELECT path FROM party_organization WHERE id = ?").param(id).query(String.class).single();
    }

    private long memberByCard(String card) {
        return jdbc.sql("SELECT id FROM member WHERE card_number = ?").param(card).query(Long.class).single();
    }

    private long firstMemberIn(long org) {
        return jdbc.sql("SELECT min(id) FROM member WHERE organization_id = ?").param(org).query(Long.class).single();
    }

    private long accountId(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
    }

    private long positionIn(long org) {
        return jdbc.sql("SELECT min(id) FROM committee_position WHERE organization_id = ?").param(org).query(Long.class).single();
    }
}

package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.mock.web.MockMultipartFile;
import vn.dangbo.member.MemberImport;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.ActionPrograms;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.ReportingPeriods;
import vn.dangbo.resolution.ResolutionData;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.ResultImport;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetImport;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.resolution.TargetResults;
import vn.dangbo.resolution.TaskData;
import vn.dangbo.resolution.TaskStatus;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.security.Role;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Every endpoint × every role × inside and outside the account's organization scope. A request is allowed when
 * the role has the endpoint's permission and the target lies within the account's scope; allowed means the
 * request got past the guard (any status but 401/403), refused means 403, or 404 for a record outside the scope
 * (the answer an unknown id gets, see {@link #refusedStatuses}). Write requests carry invalid input so
 * that an allowed request stops at validation and changes nothing. A new endpoint fails
 * {@link #everyEndpointIsInTheMatrix()} until it is added here.
 */
@DangboTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** What an endpoint acts on, which decides the scope check. */
    enum Target { NONE, ORGANIZATION, MEMBER, ACCOUNT, POSITION, SELF, ANYONE,
        /** Read: within the scope or above it (a cell reads its ward's resolutions). */
        RESOLUTION_READ,
        /** Write: within the scope. */
        RESOLUTION_WRITE,
        /** Led by an organization within the scope (or the program's office). */
        TASK_LEAD,
        /** An import belongs to the account that uploaded it; anyone else gets 404. */
        IMPORT,
        /** An Excel import of a resolution's targets: belongs to the account that uploaded it, like IMPORT. */
        TARGET_IMPORT,
        /** An Excel import of a period's values: belongs to the account that uploaded it, like IMPORT. */
        RESULT_IMPORT }

    record Ids(long org, long member, long account, long position, long resolution, long target, long openPeriod,
            long closedPeriod, long result, long evidence, long program, long task, long taskFile, long importId,
            long ward, long targetImport, long resultImport) {}

    record Endpoint(String method, String pattern, Permission permission, Target target,
            Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request) {}

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
        // showing the full citizen ID: those who maintain the record, and the member (see expected())
        e.add(new Endpoint("POST", "/members/{id}/citizen-id", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/members/" + ids.member() + "/citizen-id")));
        e.add(new Endpoint("POST", "/api/v1/members/{id}/citizen-id", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/api/v1/members/" + ids.member() + "/citizen-id")));
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
        e.add(new Endpoint("GET", "/backups", Permission.BACKUP_MANAGE, Target.NONE, ids -> get("/backups")));
        e.add(new Endpoint("POST", "/backups", Permission.BACKUP_MANAGE, Target.NONE, ids -> post("/backups")));
        e.add(new Endpoint("GET", "/backups/{name}", Permission.BACKUP_MANAGE, Target.NONE,
                ids -> get("/backups/dangbo-20250101-000000.zip")));
        e.add(new Endpoint("GET", "/settings", Permission.RULE_SETTINGS_MANAGE, Target.NONE, ids -> get("/settings")));
        e.add(new Endpoint("GET", "/settings/{key}", Permission.RULE_SETTINGS_MANAGE, Target.NONE,
                ids -> get("/settings/meeting.thematicPerQuarter")));
        e.add(new Endpoint("POST", "/settings/{key}", Permission.RULE_SETTINGS_MANAGE, Target.NONE,
                ids -> post("/settings/meeting.thematicPerQuarter").param("value", "")));
        e.add(new Endpoint("GET", "/settings/calendar", Permission.CALENDAR_MANAGE, Target.NONE,
                ids -> get("/settings/calendar")));
        e.add(new Endpoint("POST", "/settings/calendar", Permission.CALENDAR_MANAGE, Target.NONE,
                ids -> post("/settings/calendar").param("reason", "")));
        e.add(new Endpoint("POST", "/settings/calendar/{id}/remove", Permission.CALENDAR_MANAGE, Target.NONE,
                ids -> post("/settings/calendar/0/remove")));
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
        // member import and export
        e.add(new Endpoint("GET", "/members/export.xlsx", Permission.MEMBER_EXPORT, Target.NONE, ids -> get("/members/export.xlsx")));
        e.add(new Endpoint("GET", "/members/import", Permission.MEMBER_IMPORT, Target.NONE, ids -> get("/members/import")));
        e.add(new Endpoint("GET", "/members/import/template.xlsx", Permission.MEMBER_IMPORT, Target.NONE,
                ids -> get("/members/import/template.xlsx")));
        e.add(new Endpoint("POST", "/members/import", Permission.MEMBER_IMPORT, Target.NONE, ids -> post("/members/import")));
        e.add(new Endpoint("GET", "/members/import/{id}", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> get("/members/import/" + ids.importId())));
        e.add(new Endpoint("GET", "/members/import/{id}/progress", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> get("/members/import/" + ids.importId() + "/progress")));
        e.add(new Endpoint("POST", "/members/import/{id}/mapping", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/mapping")));
        e.add(new Endpoint("POST", "/members/import/{id}/remap", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/remap")));
        e.add(new Endpoint("POST", "/members/import/{id}/confirm", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/confirm")));
        // resolutions and targets
        e.add(new Endpoint("GET", "/resolutions", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/resolutions")));
        e.add(new Endpoint("GET", "/resolutions/new", Permission.RESOLUTION_MANAGE, Target.NONE, ids -> get("/resolutions/new")));
        e.add(new Endpoint("POST", "/resolutions", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/resolutions").param("organizationId", "" + wardOf(ids)).param("title", "")));
        e.add(new Endpoint("GET", "/resolutions/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/resolutions/" + ids.resolution())));
        e.add(new Endpoint("GET", "/resolutions/{id}/edit", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> get("/resolutions/" + ids.resolution() + "/edit")));
        e.add(new Endpoint("POST", "/resolutions/{id}", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/resolutions/" + ids.resolution()).param("title", "")));
        e.add(new Endpoint("GET", "/resolutions/{id}/targets/new", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> get("/resolutions/" + ids.resolution() + "/targets/new")));
        e.add(new Endpoint("POST", "/resolutions/{id}/targets", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/resolutions/" + ids.resolution() + "/targets").param("name", "")));
        e.add(new Endpoint("GET", "/targets/{id}/edit", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> get("/targets/" + ids.target() + "/edit")));
        e.add(new Endpoint("POST", "/targets/{id}", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/targets/" + ids.target()).param("name", "")));
        e.add(new Endpoint("POST", "/targets/{id}/delete", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/targets/" + ids.target() + "/delete")));
        // periods and results
        e.add(new Endpoint("GET", "/periods", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/periods").param("org", "" + wardOf(ids))));
        e.add(new Endpoint("POST", "/periods", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/periods").param("organizationId", "" + wardOf(ids)).param("year", "1800")));
        e.add(new Endpoint("GET", "/periods/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/periods/" + ids.openPeriod())));
        e.add(new Endpoint("POST", "/periods/{id}/close", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/periods/" + ids.closedPeriod() + "/close")));
        e.add(new Endpoint("POST", "/periods/{id}/reopen", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/periods/" + ids.openPeriod() + "/reopen")));
        e.add(new Endpoint("GET", "/periods/{periodId}/targets/{targetId}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/periods/" + ids.openPeriod() + "/targets/" + ids.target())));
        e.add(new Endpoint("POST", "/periods/{periodId}/targets/{targetId}", Permission.RESULT_ENTER, Target.RESOLUTION_WRITE,
                ids -> post("/periods/" + ids.openPeriod() + "/targets/" + ids.target()).param("value", "")));
        e.add(new Endpoint("POST", "/results/{id}/review", Permission.RESULT_REVIEW, Target.RESOLUTION_WRITE,
                ids -> post("/results/" + ids.result() + "/review").param("accept", "false").param("note", "")
                        .param("periodId", "" + ids.openPeriod()).param("targetId", "" + ids.target())));
        e.add(new Endpoint("GET", "/results/evidence/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/results/evidence/" + ids.evidence())));
        // dashboards
        e.add(new Endpoint("GET", "/dashboard", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/dashboard")));
        e.add(new Endpoint("GET", "/dashboard?resolution", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/dashboard").param("resolution", "" + ids.resolution())));
        e.add(new Endpoint("GET", "/dashboard/export.xlsx", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/dashboard/export.xlsx").param("resolution", "" + ids.resolution())));
        e.add(new Endpoint("GET", "/dashboard/province", Permission.RESOLUTION_VIEW, Target.NONE,
                ids -> get("/dashboard/province").param("indicator", "NEW_MEMBERS").param("year", "2024")));
        e.add(new Endpoint("GET", "/dashboard/province/export.xlsx", Permission.RESOLUTION_VIEW, Target.NONE,
                ids -> get("/dashboard/province/export.xlsx").param("indicator", "NEW_MEMBERS").param("year", "2024")
                        .param("period", "YEAR")));
        // programs and tasks
        e.add(new Endpoint("GET", "/programs", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/programs")));
        e.add(new Endpoint("GET", "/programs/new", Permission.RESOLUTION_MANAGE, Target.NONE, ids -> get("/programs/new")));
        e.add(new Endpoint("POST", "/programs", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/programs").param("organizationId", "" + wardOf(ids)).param("title", "")));
        e.add(new Endpoint("GET", "/programs/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/programs/" + ids.program())));
        e.add(new Endpoint("GET", "/programs/{id}/tasks/new", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> get("/programs/" + ids.program() + "/tasks/new")));
        e.add(new Endpoint("POST", "/programs/{id}/tasks", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/programs/" + ids.program() + "/tasks").param("title", "")));
        e.add(new Endpoint("GET", "/tasks", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/tasks")));
        e.add(new Endpoint("GET", "/tasks/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/tasks/" + ids.task())));
        e.add(new Endpoint("GET", "/tasks/{id}/edit", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> get("/tasks/" + ids.task() + "/edit")));
        e.add(new Endpoint("POST", "/tasks/{id}", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/tasks/" + ids.task()).param("title", "")));
        e.add(new Endpoint("POST", "/tasks/{id}/report", Permission.TASK_UPDATE, Target.TASK_LEAD,
                ids -> post("/tasks/" + ids.task() + "/report").param("status", "IN_PROGRESS").param("note", "")));
        e.add(new Endpoint("GET", "/tasks/files/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/tasks/files/" + ids.taskFile())));
        // resolution API
        e.add(new Endpoint("GET", "/api/v1/resolutions", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/api/v1/resolutions")));
        e.add(new Endpoint("GET", "/api/v1/resolutions/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/api/v1/resolutions/" + ids.resolution())));
        e.add(new Endpoint("POST", "/api/v1/resolutions", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(post("/api/v1/resolutions"), "{\"organizationId\":" + wardOf(ids) + ",\"resolution\":{\"title\":\"\"}}")));
        e.add(new Endpoint("PUT", "/api/v1/resolutions/{id}", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(put("/api/v1/resolutions/" + ids.resolution()), "{\"resolution\":{\"title\":\"\"}}")));
        e.add(new Endpoint("POST", "/api/v1/resolutions/{id}/targets", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(post("/api/v1/resolutions/" + ids.resolution() + "/targets"), "{\"target\":{\"name\":\"\"}}")));
        e.add(new Endpoint("GET", "/api/v1/targets/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/api/v1/targets/" + ids.target())));
        e.add(new Endpoint("PUT", "/api/v1/targets/{id}", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(put("/api/v1/targets/" + ids.target()), "{\"target\":{\"name\":\"\"}}")));
        e.add(new Endpoint("DELETE", "/api/v1/targets/{id}", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> delete("/api/v1/targets/" + ids.target())));
        e.add(new Endpoint("GET", "/api/v1/periods", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/api/v1/periods").param("organizationId", "" + wardOf(ids))));
        e.add(new Endpoint("GET", "/api/v1/periods/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/api/v1/periods/" + ids.openPeriod())));
        e.add(new Endpoint("POST", "/api/v1/periods", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(post("/api/v1/periods"), "{\"organizationId\":" + wardOf(ids) + ",\"year\":1800}")));
        e.add(new Endpoint("POST", "/api/v1/periods/{id}/close", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/api/v1/periods/" + ids.closedPeriod() + "/close")));
        e.add(new Endpoint("POST", "/api/v1/periods/{id}/reopen", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/api/v1/periods/" + ids.openPeriod() + "/reopen")));
        e.add(new Endpoint("GET", "/api/v1/periods/{periodId}/targets/{targetId}/results", Permission.RESOLUTION_VIEW,
                Target.RESOLUTION_READ, ids -> get("/api/v1/periods/" + ids.openPeriod() + "/targets/" + ids.target() + "/results")));
        e.add(new Endpoint("POST", "/api/v1/periods/{periodId}/targets/{targetId}/results", Permission.RESULT_ENTER,
                Target.RESOLUTION_WRITE, ids -> json(post("/api/v1/periods/" + ids.openPeriod() + "/targets/" + ids.target()
                        + "/results"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/results/{id}/evidence", Permission.RESULT_ENTER, Target.RESOLUTION_WRITE,
                ids -> multipart("/api/v1/results/" + ids.result() + "/evidence")
                        .file(new MockMultipartFile("files", "x.exe", "application/octet-stream", new byte[] {1}))));
        e.add(new Endpoint("POST", "/api/v1/results/{id}/review", Permission.RESULT_REVIEW, Target.RESOLUTION_WRITE,
                ids -> json(post("/api/v1/results/" + ids.result() + "/review"), "{\"accept\":false,\"note\":\"\"}")));
        e.add(new Endpoint("GET", "/api/v1/dashboards/ward", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/api/v1/dashboards/ward").param("resolutionId", "" + ids.resolution())));
        e.add(new Endpoint("GET", "/api/v1/dashboards/province", Permission.RESOLUTION_VIEW, Target.NONE,
                ids -> get("/api/v1/dashboards/province").param("indicator", "NEW_MEMBERS").param("year", "2024")
                        .param("period", "YEAR")));
        e.add(new Endpoint("GET", "/api/v1/programs", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/api/v1/programs")));
        e.add(new Endpoint("GET", "/api/v1/programs/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/api/v1/programs/" + ids.program())));
        e.add(new Endpoint("POST", "/api/v1/programs", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(post("/api/v1/programs"), "{\"organizationId\":" + wardOf(ids) + ",\"title\":\"\"}")));
        e.add(new Endpoint("POST", "/api/v1/programs/{id}/tasks", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(post("/api/v1/programs/" + ids.program() + "/tasks"), "{\"task\":{\"title\":\"\"}}")));
        e.add(new Endpoint("GET", "/api/v1/tasks", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/api/v1/tasks")));
        e.add(new Endpoint("GET", "/api/v1/tasks/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/api/v1/tasks/" + ids.task())));
        e.add(new Endpoint("PUT", "/api/v1/tasks/{id}", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(put("/api/v1/tasks/" + ids.task()), "{\"task\":{\"title\":\"\"}}")));
        e.add(new Endpoint("POST", "/api/v1/tasks/{id}/reports", Permission.TASK_UPDATE, Target.TASK_LEAD,
                ids -> json(post("/api/v1/tasks/" + ids.task() + "/reports"), "{\"status\":\"IN_PROGRESS\",\"note\":\"\"}")));
        e.add(new Endpoint("GET", "/indicators", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/indicators")));
        e.add(new Endpoint("POST", "/indicators", Permission.INDICATOR_MANAGE, Target.NONE,
                ids -> post("/indicators").param("code", "sai mã").param("name", "")));
        // Excel templates and imports of targets and values; the imports of the fixture hold bad rows only
        e.add(new Endpoint("GET", "/resolutions/{id}/targets/template.xlsx", Permission.RESOLUTION_MANAGE,
                Target.RESOLUTION_WRITE, ids -> get("/resolutions/" + ids.resolution() + "/targets/template.xlsx")));
        e.add(new Endpoint("GET", "/resolutions/{id}/targets/import", Permission.RESOLUTION_MANAGE,
                Target.RESOLUTION_WRITE, ids -> get("/resolutions/" + ids.resolution() + "/targets/import")));
        e.add(new Endpoint("POST", "/resolutions/{id}/targets/import", Permission.RESOLUTION_MANAGE,
                Target.RESOLUTION_WRITE, ids -> post("/resolutions/" + ids.resolution() + "/targets/import")));
        e.add(new Endpoint("GET", "/resolutions/{id}/targets/import/{importId}", Permission.RESOLUTION_MANAGE,
                Target.TARGET_IMPORT, ids -> get("/resolutions/" + ids.resolution() + "/targets/import/"
                        + ids.targetImport())));
        e.add(new Endpoint("POST", "/resolutions/{id}/targets/import/{importId}/confirm", Permission.RESOLUTION_MANAGE,
                Target.TARGET_IMPORT, ids -> post("/resolutions/" + ids.resolution() + "/targets/import/"
                        + ids.targetImport() + "/confirm")));
        e.add(new Endpoint("GET", "/periods/{id}/results/template.xlsx", Permission.RESULT_ENTER,
                Target.RESOLUTION_READ, ids -> get("/periods/" + ids.openPeriod() + "/results/template.xlsx")));
        e.add(new Endpoint("GET", "/periods/{id}/results/import", Permission.RESULT_ENTER, Target.RESOLUTION_READ,
                ids -> get("/periods/" + ids.openPeriod() + "/results/import")));
        e.add(new Endpoint("POST", "/periods/{id}/results/import", Permission.RESULT_ENTER, Target.RESOLUTION_READ,
                ids -> post("/periods/" + ids.openPeriod() + "/results/import")));
        e.add(new Endpoint("GET", "/periods/{id}/results/import/{importId}", Permission.RESULT_ENTER,
                Target.RESULT_IMPORT, ids -> get("/periods/" + ids.openPeriod() + "/results/import/"
                        + ids.resultImport())));
        e.add(new Endpoint("POST", "/periods/{id}/results/import/{importId}/confirm", Permission.RESULT_ENTER,
                Target.RESULT_IMPORT, ids -> post("/periods/" + ids.openPeriod() + "/results/import/"
                        + ids.resultImport() + "/confirm")));
        e.add(new Endpoint("POST", "/members/import/{id}/retry", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/retry")));
        // last: discarding deletes the import for its owner
        e.add(new Endpoint("POST", "/members/import/{id}/discard", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/discard")));
        e.add(new Endpoint("POST", "/resolutions/{id}/targets/import/{importId}/discard", Permission.RESOLUTION_MANAGE,
                Target.TARGET_IMPORT, ids -> post("/resolutions/" + ids.resolution() + "/targets/import/"
                        + ids.targetImport() + "/discard")));
        e.add(new Endpoint("POST", "/periods/{id}/results/import/{importId}/discard", Permission.RESULT_ENTER,
                Target.RESULT_IMPORT, ids -> post("/periods/" + ids.openPeriod() + "/results/import/"
                        + ids.resultImport() + "/discard")));
        return e;
    }

    /** Reachable without signing in (or the error page): not part of the matrix. */
    static final Set<String> PUBLIC = Set.of("GET /login", "POST /api/v1/auth/tokens", "GET /api/v1/openapi",
            "GET /api/v1/openapi.yaml", "GET /api/v1/openapi/swagger-config", " /error");

    /** The ward (issuing organization) of the resolution fixture. */
    static long wardOf(Ids ids) {
        return ids.ward();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @BeforeAll
    void targets() {
        long kp1 = orgId("Chi bộ Khu phố 1", "Mỹ Thới");
        long other = orgId("Chi bộ Khu phố 1", "Phường 1");
        inside = new Ids(kp1, memberByCard("90000001"), accountId("mythoi.kp1"), positionIn(kp1), 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0);
        outside = new Ids(other, firstMemberIn(other), accountId("phuong1.vanphong"), positionIn(other), 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0);
        inside = withResolutionIds(inside, "Đảng bộ phường Mỹ Thới", "mythoi.vanphong", "Chi bộ Khu phố 1", "Mỹ Thới");
        outside = withResolutionIds(outside, "Đảng bộ Phường 1", "phuong1.vanphong", "Chi bộ Khu phố 1", "Phường 1");
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

    @Autowired ResolutionManagement resolutions;
    @Autowired ReportingPeriods periods;
    @Autowired TargetResults results;
    @Autowired ActionPrograms programs;
    @Autowired MemberImport imports;
    @Autowired TargetImport targetImports;
    @Autowired ResultImport resultImports;

    /**
     * A ward's resolution of 2025 with a target, its open nine-month period with a value and an evidence file, its
     * closed 2024 period, a program with a task led by one of its cells (with a progress file), and an import by
     * the ward's office holding one bad row (so that confirming it imports nothing), and Excel imports of targets and
     * of values by the ward's office, each holding bad rows only.
     */
    private Ids withResolutionIds(Ids base, String ward, String office, String cell, String place) {
        long wardId = jdbc.sql("SELECT id FROM party_organization WHERE name = ?").param(ward).query(Long.class).single();
        long cellId = orgId(cell, place);
        return as.call("admin", () -> {
            long resolution = resolutions.create(wardId, new ResolutionData(ResolutionKind.ANNUAL, "99-NQ/ĐU",
                    "Nghị quyết thử phân quyền " + ward, LocalDate.of(2025, 1, 2), 2025, 2025, null, List.of()));
            long target = resolutions.addTarget(resolution, new TargetData("1", "Chỉ tiêu thử", "hộ", Area.ECONOMY,
                    TargetKind.AT_LEAST, Accumulation.CUMULATIVE, null, 0, Rollup.DIRECT, null, null,
                    Map.of(2025, new TargetData.Plan(new BigDecimal("10"), null)), List.of()));
            long open = jdbc.sql("SELECT id FROM reporting_period WHERE organization_id = ? AND year = 2025 AND kind = 'NINE_MONTHS'")
                    .param(wardId).query(Long.class).optional()
                    .orElseGet(() -> periods.open(wardId, 2025, PeriodKind.NINE_MONTHS, null, null));
            long closed = jdbc.sql("SELECT id FROM reporting_period WHERE organization_id = ? AND year = 2024 AND kind = 'YEAR'")
                    .param(wardId).query(Long.class).single();
            long result = results.enter(open, target, null, new BigDecimal("4"), null, null, -1, List.of());
            results.attachEvidence(result, List.of(new MockMultipartFile("files", "bien-ban.pdf", "application/pdf",
                    "%PDF-1.4 thử".getBytes(StandardCharsets.UTF_8))));
            long evidence = jdbc.sql("SELECT max(id) FROM resolution_attachment WHERE owner_type = 'RESULT' AND owner_id = ?")
                    .param(result).query(Long.class).single();
            long program = programs.createProgram(wardId, resolution, ProgramKind.PLAN, "99-KH/ĐU", "Kế hoạch thử phân quyền",
                    LocalDate.of(2025, 2, 1), null);
            long task = programs.addTask(program, null, new TaskData(null, "Nhiệm vụ thử của chi bộ", null, cellId,
                    List.of(), LocalDate.of(2025, 12, 31)));
            long update = programs.report(task, TaskStatus.IN_PROGRESS, 10, "Bắt đầu thực hiện", null,
                    List.of(new MockMultipartFile("files", "tien-do.docx", "application/octet-stream",
                            "tiến độ".getBytes(StandardCharsets.UTF_8))));
            long taskFile = jdbc.sql("SELECT max(id) FROM resolution_attachment WHERE owner_type = 'TASK_UPDATE' AND owner_id = ?")
                    .param(update).query(Long.class).single();
            long importId = as.call(office, () -> imports.upload("danh-sach.csv",
                    "Họ và tên,Ngày sinh,Giới tính\nNguyễn Văn,không phải ngày,Nam\n".getBytes(StandardCharsets.UTF_8), cellId));
            long targetImport = as.call(office, () -> targetImports.upload(resolution, "chi-tieu.xlsx",
                    xlsx(new String[] {"STT", "Chỉ tiêu", "Lĩnh vực"}, new String[] {"9", "", "Không có lĩnh vực này"})));
            long resultImport = as.call(office, () -> resultImports.upload(open, "so-lieu.xlsx",
                    xlsx(new String[] {"STT", "Giá trị"}, new String[] {"1", "không phải số"})));
            return new Ids(base.org(), base.member(), base.account(), base.position(), resolution, target, open, closed,
                    result, evidence, program, task, taskFile, importId, wardId, targetImport, resultImport);
        });
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
                        AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(ids);
                        request.with(as.user(account.username()));
                        if (!endpoint.method().equals("GET")) {
                            request.with(csrf());
                        }
                        long lastEvent = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
                        int status = mvc.perform(request).andReturn().getResponse().getStatus();
                        // a refusal by the access guard is audited: that tells a refused 404 from a plain unknown id
                        boolean denied = jdbc.sql("""
                                SELECT count(*) FROM audit_event WHERE id > ? AND action = 'ACCESS_DENIED'
                                  AND actor_username = ?""").params(lastEvent, account.username())
                                .query(Long.class).single() > 0;
                        if (allowed) {
                            assertThat(status).as(name).isNotIn(401, 403).isLessThan(500);
                            assertThat(denied).as(name + " (no refusal audited)").isFalse();
                        } else {
                            assertThat(status).as(name).isIn(refusedStatuses(endpoint, account, in));
                            if (!isImport(endpoint.target())) {
                                assertThat(denied).as(name + " (refusal audited)").isTrue();
                            }
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    /**
     * The status a refused request gets: 404 for someone else's import and for a record outside the account's scope
     * (exactly what an unknown id gets, so ids cannot be enumerated: {@link #outsideTheScopeLooksExactlyLikeAnUnknownId}),
     * 403 for what the role may not do at all.
     */
    static List<Integer> refusedStatuses(Endpoint endpoint, Account account, boolean inside) {
        boolean permitted = account.role().can(endpoint.permission());
        if (isImport(endpoint.target())) {
            return List.of(permitted ? 404 : 403);
        }
        if (endpoint.target() == Target.SELF) {
            return List.of(403); // an account without a member record has no "own record"
        }
        // a role with the permission is refused only for a record outside its scope (a ward's target is outside a
        // cell's scope even among the "inside" fixtures): the 404 of an unknown id
        if (permitted) {
            return List.of(404);
        }
        // a role without it gets 403 where the permission is checked first, or outside the scope 404 where the record
        // is looked at first (an unknown id then gets 404 too): either way nothing tells an existing id from an
        // unknown one
        return inside ? List.of(403) : List.of(403, 404);
    }

    static boolean isImport(Target target) {
        return target == Target.IMPORT || target == Target.TARGET_IMPORT || target == Target.RESULT_IMPORT;
    }

    /** A one-sheet workbook: a header row and one data row. */
    static byte[] xlsx(String[] header, String[] row) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Trang tính1");
            for (int r = 0; r < 2; r++) {
                String[] cells = r == 0 ? header : row;
                org.apache.poi.ss.usermodel.Row x = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    x.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean expected(Endpoint endpoint, Account account, Ids ids) {
        if (endpoint.target() == Target.ANYONE) {
            return true;
        }
        if (endpoint.target() == Target.IMPORT) {
            String owner = jdbc.sql("SELECT created_by FROM member_import WHERE id = ?").param(ids.importId())
                    .query(String.class).optional().orElse("");
            return account.role().can(endpoint.permission()) && owner.equals(account.username());
        }
        if (endpoint.target() == Target.TARGET_IMPORT || endpoint.target() == Target.RESULT_IMPORT) {
            long id = endpoint.target() == Target.TARGET_IMPORT ? ids.targetImport() : ids.resultImport();
            String owner = jdbc.sql("SELECT created_by FROM resolution_import WHERE id = ?").param(id)
                    .query(String.class).optional().orElse("");
            return account.role().can(endpoint.permission()) && owner.equals(account.username());
        }
        if (endpoint.target() == Target.SELF) {
            return account.role().can(Permission.SELF_VIEW) && account.memberId() != null;
        }
        boolean self = endpoint.target() == Target.MEMBER
                && (endpoint.permission() == Permission.MEMBER_VIEW || endpoint.pattern().endsWith("/citizen-id"))
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
            case RESOLUTION_READ, RESOLUTION_WRITE -> jdbc.sql("SELECT org_path FROM resolution WHERE id = ?")
                    .param(ids.resolution()).query(String.class).single();
            case TASK_LEAD -> jdbc.sql("SELECT lead_path FROM task WHERE id = ?").param(ids.task()).query(String.class).single();
            default -> throw new IllegalStateException();
        };
        if (endpoint.target() == Target.RESOLUTION_READ) {
            return targetPath.startsWith(account.scopePath()) || account.scopePath().startsWith(targetPath);
        }
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

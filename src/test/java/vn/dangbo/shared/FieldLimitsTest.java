package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberData;
import vn.dangbo.member.MemberRegistry;
import vn.dangbo.member.RegistrationKind;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.ActionPrograms;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.ReportingPeriods;
import vn.dangbo.resolution.ResolutionData;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.resolution.TaskData;
import vn.dangbo.shared.security.Role;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Every text field has one maximum length that the form, the API and the database agree on (FieldLimits): exactly
 * at the limit is accepted, one character more gets "Tối đa n ký tự" beside the field (or in the problem detail),
 * and the database refuses an over-long value written around the application.
 */
@DangboTest
class FieldLimitsTest {

    private static final String OFFICE = "mythoi.vanphong";
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired As as;
    @Autowired MessageSource messages;
    @Autowired JsonMapper json;
    @Autowired OrganizationManagement organizations;
    @Autowired MemberRegistry registry;
    @Autowired ResolutionManagement resolutions;
    @Autowired ReportingPeriods periods;
    @Autowired ActionPrograms programs;
    @Autowired AccountManagement accounts;

    /** Every constrained column with the limit it must carry: the database's side of FieldLimits. */
    static final List<Object[]> COLUMNS = List.of(
            new Object[] {"party_organization", "name", FieldLimits.NAME},
            new Object[] {"party_organization", "place_name", FieldLimits.NAME},
            new Object[] {"party_organization", "notes", FieldLimits.TEXT},
            new Object[] {"party_organization", "dissolution_reason", FieldLimits.TEXT},
            new Object[] {"organization_term", "label", FieldLimits.CODE},
            new Object[] {"committee_position", "decision_ref", FieldLimits.DECISION_REF},
            new Object[] {"member", "full_name", FieldLimits.PERSON_NAME},
            new Object[] {"member", "family_name", FieldLimits.PERSON_NAME},
            new Object[] {"member", "middle_name", FieldLimits.PERSON_NAME},
            new Object[] {"member", "given_name", FieldLimits.PERSON_NAME},
            new Object[] {"member", "temp_external", FieldLimits.NAME},
            new Object[] {"member", "ethnicity", FieldLimits.NAME},
            new Object[] {"member", "religion", FieldLimits.NAME},
            new Object[] {"member", "hometown", FieldLimits.NAME},
            new Object[] {"member", "residence", FieldLimits.NAME},
            new Object[] {"member", "email", FieldLimits.EMAIL},
            new Object[] {"member", "education", FieldLimits.NAME},
            new Object[] {"member", "political_theory", FieldLimits.NAME},
            new Object[] {"member", "occupation", FieldLimits.NAME},
            new Object[] {"member", "notes", FieldLimits.TEXT},
            new Object[] {"member_status_change", "reason", FieldLimits.TEXT},
            new Object[] {"member_status_change", "decision_ref", FieldLimits.DECISION_REF},
            new Object[] {"member_transfer", "external_organization", FieldLimits.NAME},
            new Object[] {"member_transfer", "decision_ref", FieldLimits.DECISION_REF},
            new Object[] {"member_transfer", "reason", FieldLimits.TEXT},
            new Object[] {"resolution", "number", FieldLimits.CODE},
            new Object[] {"resolution", "title", FieldLimits.TITLE},
            new Object[] {"resolution", "general_goal", FieldLimits.TEXT},
            new Object[] {"resolution_item", "text", FieldLimits.TEXT},
            new Object[] {"indicator", "code", FieldLimits.CODE},
            new Object[] {"indicator", "name", FieldLimits.NAME},
            new Object[] {"indicator", "unit", FieldLimits.CODE},
            new Object[] {"indicator", "description", FieldLimits.TEXT},
            new Object[] {"target", "code", FieldLimits.CODE},
            new Object[] {"target", "name", FieldLimits.TITLE},
            new Object[] {"target", "unit", FieldLimits.CODE},
            new Object[] {"target", "indicator_code", FieldLimits.CODE},
            new Object[] {"target", "notes", FieldLimits.TEXT},
            new Object[] {"target_result", "note", FieldLimits.TEXT},
            new Object[] {"target_result", "review_note", FieldLimits.TEXT},
            new Object[] {"target_result_history", "note", FieldLimits.TEXT},
            new Object[] {"action_program", "number", FieldLimits.CODE},
            new Object[] {"action_program", "title", FieldLimits.TITLE},
            new Object[] {"action_program", "summary", FieldLimits.TEXT},
            new Object[] {"task", "ordinal", FieldLimits.CODE},
            new Object[] {"task", "title", FieldLimits.TITLE},
            new Object[] {"task", "description", FieldLimits.TEXT},
            new Object[] {"task_update", "note", FieldLimits.TEXT},
            new Object[] {"resolution_attachment", "file_name", FieldLimits.FILE_NAME},
            new Object[] {"account", "username", FieldLimits.USERNAME},
            new Object[] {"account", "display_name", FieldLimits.NAME});

    // ---- the database ----

    @Test
    void everyLimitedColumnCarriesTheSameLimitAsTheCodeAndRefusesALongerValueWrittenDirectly() {
        for (Object[] c : COLUMNS) {
            String table = (String) c[0];
            String column = (String) c[1];
            int limit = (int) c[2];
            String def = jdbc.sql("""
                    SELECT pg_get_constraintdef(oid) FROM pg_constraint
                    WHERE conrelid = ?::regclass AND conname = ?""").params(table, table + "_" + column + "_length")
                    .query(String.class).optional().orElse(null);
            assertThat(def).as(table + "." + column).isEqualTo("CHECK ((char_length(" + column + ") <= " + limit + "))");
            if (jdbc.sql("SELECT EXISTS (SELECT FROM " + table + ")").query(Boolean.class).single()) {
                assertThatThrownBy(() -> jdbc.sql("UPDATE " + table + " SET " + column + " = repeat('x', ?) WHERE ctid = "
                        + "(SELECT min(ctid) FROM " + table + ")").param(limit + 1).update()).as(table + "." + column)
                        .isInstanceOf(DataIntegrityViolationException.class)
                        .hasMessageContaining(table + "_" + column + "_length");
            }
        }
    }

    @Test
    void anOrganizationNameOfTheFullLengthStillFitsItsSortIndexWhateverTheScript() {
        long ward = ward();
        for (String ch : List.of("Ễ", "龘", "ㅎ", "ᾯ")) {
            String name = ch.repeat(FieldLimits.NAME);
            long id = as.call(OFFICE, () -> organizations.create(ward, new OrganizationData(OrganizationKind.CELL, null,
                    name, null, null, null)));
            assertThat(jdbc.sql("SELECT char_length(name) FROM party_organization WHERE id = ?").param(id)
                    .query(Integer.class).single()).isEqualTo(FieldLimits.NAME);
        }
    }

    // ---- the API ----

    @Test
    void theOrganizationApiTakesEachTextUpToItsLimitAndNamesTheFieldOneCharacterOver() throws Exception {
        long ward = ward();
        Function<Map<String, Object>, MockHttpServletRequestBuilder> create = body -> json(post("/api/v1/organizations"),
                with(Map.of("parentId", ward, "kind", "CELL", "name", text(20)), body));
        apiLimit(create, "name", FieldLimits.NAME);
        apiLimit(create, "placeName", FieldLimits.NAME);
        apiLimit(create, "notes", FieldLimits.TEXT);
        long cell = newCell();
        apiLimit(body -> json(put("/api/v1/organizations/" + cell), with(Map.of("kind", "CELL", "name", text(20),
                "version", jdbc.sql("SELECT version FROM party_organization WHERE id = ?").param(cell)
                        .query(Integer.class).single()), body)), "name", FieldLimits.NAME);
        apiLimit(body -> json(post("/api/v1/organizations/" + newCell() + "/terms"),
                with(Map.of("startsOn", "2025-01-01", "endsOn", "2027-12-31"), body)), "label", FieldLimits.CODE);
        long member = newMember(cell);
        apiLimit(body -> json(post("/api/v1/organizations/" + cell + "/positions"),
                with(Map.of("memberId", member, "position", "SECRETARY", "startsOn", "2025-01-01"), body)),
                "decisionRef", FieldLimits.DECISION_REF);
        apiLimit(body -> json(post("/api/v1/organizations/" + newCell() + "/dissolve"),
                with(Map.of("dissolvedOn", "2025-06-01"), body)), "reason", FieldLimits.TEXT);
    }

    @Test
    void theMemberApiTakesEachTextUpToItsLimitAndNamesTheFieldOneCharacterOver() throws Exception {
        long cell = newCell();
        Function<Map<String, Object>, MockHttpServletRequestBuilder> create = body -> json(post("/api/v1/members"),
                with(Map.of("organizationId", cell, "fullName", text(12), "dateOfBirth", "1980-01-01",
                        "gender", "MALE", "admissionDate", "2010-01-01"), body));
        apiLimit(create, "fullName", FieldLimits.PERSON_NAME);
        for (String f : List.of("ethnicity", "religion", "hometown", "residence", "education", "politicalTheory",
                "occupation")) {
            apiLimit(create, f, FieldLimits.NAME);
        }
        apiLimit(create, "notes", FieldLimits.TEXT);
        apiLimitWith(create, "email", FieldLimits.EMAIL, n -> text(n - 8) + "@vidu.vn");
        apiLimitWith(create, "cardNumber", FieldLimits.CARD_NUMBER, n -> digits(n));
        apiLimit(body -> json(post("/api/v1/members"), with(Map.of("organizationId", cell, "fullName", text(12),
                "dateOfBirth", "1980-01-01", "gender", "MALE", "admissionDate", "2010-01-01",
                "registrationKind", "TRANSFERRED_IN"), body)), "externalOrganization", FieldLimits.NAME);
        apiLimit(body -> json(post("/api/v1/members/" + newMember(cell) + "/status"),
                with(Map.of("status", "DECEASED", "effectiveDate", "2025-01-01"), body)), "decisionRef",
                FieldLimits.DECISION_REF);
        apiLimit(body -> json(post("/api/v1/members/" + newMember(cell) + "/status"),
                with(Map.of("status", "DECEASED", "effectiveDate", "2025-01-01"), body)), "reason", FieldLimits.TEXT);
        apiLimit(body -> json(post("/api/v1/members/" + newMember(cell) + "/transfers"),
                with(Map.of("kind", "OUT", "effectiveDate", "2025-01-01", "externalOrganization", "Đảng bộ xã khác"),
                        body)), "reason", FieldLimits.TEXT);
        apiLimit(body -> json(post("/api/v1/members/" + newMember(cell) + "/transfers"),
                with(Map.of("kind", "OUT", "effectiveDate", "2025-01-01"), body)), "externalOrganization",
                FieldLimits.NAME);
        apiLimit(body -> json(post("/api/v1/members/" + newMember(cell) + "/transfers"),
                with(Map.of("kind", "OUT", "effectiveDate", "2025-01-01", "externalOrganization", "Đảng bộ xã khác"),
                        body)), "decisionRef", FieldLimits.DECISION_REF);
    }

    @Test
    void theResolutionApiTakesEachTextUpToItsLimitAndNamesTheFieldOneCharacterOver() throws Exception {
        long cell = newCell();
        Function<Map<String, Object>, MockHttpServletRequestBuilder> create = body -> json(post("/api/v1/resolutions"),
                Map.of("organizationId", cell, "resolution", with(Map.of("kind", "ANNUAL", "title", text(20),
                        "issuedOn", "2025-01-05", "startYear", 2025, "endYear", 2025), body)));
        apiLimit(create, "title", FieldLimits.TITLE);
        apiLimit(create, "number", FieldLimits.CODE);
        apiLimit(create, "generalGoal", FieldLimits.TEXT);
        long resolution = newResolution(cell);
        Function<Map<String, Object>, MockHttpServletRequestBuilder> target = body -> json(
                post("/api/v1/resolutions/" + resolution + "/targets"), Map.of("target", with(Map.of("code", text(8),
                        "name", text(20), "area", "ECONOMY", "kind", "AT_LEAST", "accumulation", "CUMULATIVE"), body)));
        apiLimit(target, "code", FieldLimits.CODE);
        apiLimit(target, "name", FieldLimits.TITLE);
        apiLimit(target, "unit", FieldLimits.CODE);
        apiLimit(target, "notes", FieldLimits.TEXT);

        long period = as.call(OFFICE, () -> periods.open(cell, 2025, PeriodKind.YEAR, null, null));
        long targetId = newTarget(resolution);
        apiLimit(body -> json(post("/api/v1/periods/" + period + "/targets/" + targetId + "/results"),
                with(Map.of("value", 5), body)), "note", FieldLimits.TEXT);

        Function<Map<String, Object>, MockHttpServletRequestBuilder> program = body -> json(post("/api/v1/programs"),
                with(Map.of("organizationId", cell, "kind", "PLAN", "title", text(20), "issuedOn", "2025-02-01"), body));
        apiLimit(program, "title", FieldLimits.TITLE);
        apiLimit(program, "number", FieldLimits.CODE);
        apiLimit(program, "summary", FieldLimits.TEXT);
        long programId = newProgram(cell);
        Function<Map<String, Object>, MockHttpServletRequestBuilder> task = body -> json(
                post("/api/v1/programs/" + programId + "/tasks"),
                Map.of("task", with(Map.of("title", text(20), "leadOrganizationId", cell), body)));
        apiLimit(task, "title", FieldLimits.TITLE);
        apiLimit(task, "description", FieldLimits.TEXT);
        long taskId = as.call(OFFICE, () -> programs.addTask(programId, null, new TaskData(null, "Nhiệm vụ thử",
                null, cell, List.of(), null)));
        apiLimit(body -> json(post("/api/v1/tasks/" + taskId + "/reports"), with(Map.of("status", "IN_PROGRESS"), body)),
                "note", FieldLimits.TEXT);
    }

    @Test
    void theProblemDetailSaysTheLimitInVietnamese() throws Exception {
        MockHttpServletResponse r = mvc.perform(json(post("/api/v1/organizations"), Map.of("parentId", ward(),
                "kind", "CELL", "name", "x".repeat(256))).with(as.user(OFFICE))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(422);
        JsonNode body = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(body.get("errors").get(0).get("message").asString()).isEqualTo("Tối đa 255 ký tự.");
    }

    // ---- the forms ----

    @Test
    void theOrganizationFormsTakeEachTextUpToItsLimitAndShowTheLimitBesideTheFieldOneCharacterOver() throws Exception {
        long ward = ward();
        Map<String, String> org = Map.of("parentId", "" + ward, "kind", "CELL", "name", text(20));
        formLimit("/organizations", org, "name", FieldLimits.NAME);
        formLimit("/organizations", org, "placeName", FieldLimits.NAME);
        formLimit("/organizations", org, "notes", FieldLimits.TEXT);
        long cell = newCell();
        formLimit("/organizations/" + cell + "/terms", Map.of("startsOn", "2025-01-01", "endsOn", "2027-12-31"),
                "label", FieldLimits.CODE);
        long member = newMember(cell);
        formLimit("/organizations/" + cell + "/positions", Map.of("memberId", "" + member, "position", "SECRETARY",
                "startsOn", "2025-01-01"), "decisionRef", FieldLimits.DECISION_REF);
        formLimitOn(() -> "/organizations/" + newCell() + "/dissolve", Map.of("dissolvedOn", "2025-06-01"), "reason",
                FieldLimits.TEXT);
    }

    @Test
    void theMemberFormsTakeEachTextUpToItsLimitAndShowTheLimitBesideTheFieldOneCharacterOver() throws Exception {
        long cell = newCell();
        Map<String, String> m = Map.of("organizationId", "" + cell, "fullName", text(12), "dateOfBirth", "1980-01-01",
                "gender", "FEMALE", "admissionDate", "2010-01-01");
        formLimit("/members", m, "fullName", FieldLimits.PERSON_NAME);
        formLimit("/members", m, "hometown", FieldLimits.NAME);
        formLimit("/members", m, "occupation", FieldLimits.NAME);
        formLimit("/members", m, "notes", FieldLimits.TEXT);
        formLimitOn(() -> "/members/" + newMember(cell) + "/status", Map.of("status", "DECEASED",
                "effectiveDate", "2025-01-01"), "decisionRef", FieldLimits.DECISION_REF);
        formLimitOn(() -> "/members/" + newMember(cell) + "/transfer", Map.of("kind", "OUT",
                "effectiveDate", "2025-01-01", "externalOrganization", "Đảng bộ xã khác"), "reason", FieldLimits.TEXT);
    }

    @Test
    void theResolutionFormsTakeEachTextUpToItsLimitAndShowTheLimitBesideTheFieldOneCharacterOver() throws Exception {
        long cell = newCell();
        Map<String, String> r = Map.of("organizationId", "" + cell, "kind", "ANNUAL", "title", text(20),
                "issuedOn", "2025-01-05", "startYear", "2025", "endYear", "2025");
        formLimit("/resolutions", r, "title", FieldLimits.TITLE);
        formLimit("/resolutions", r, "number", FieldLimits.CODE);
        formLimit("/resolutions", r, "economy", FieldLimits.TEXT);
        long resolution = newResolution(cell);
        Map<String, String> t = Map.of("code", text(8), "name", text(20), "area", "ECONOMY", "kind", "AT_LEAST",
                "accumulation", "CUMULATIVE");
        formLimit("/resolutions/" + resolution + "/targets", t, "code", FieldLimits.CODE);
        formLimit("/resolutions/" + resolution + "/targets", t, "notes", FieldLimits.TEXT);
        long period = as.call(OFFICE, () -> periods.open(cell, 2025, PeriodKind.YEAR, null, null));
        formLimitOn(() -> "/periods/" + period + "/targets/" + newTarget(resolution), Map.of("value", "5"), "note",
                FieldLimits.TEXT);
        Map<String, String> p = Map.of("organizationId", "" + cell, "kind", "PLAN", "title", text(20),
                "issuedOn", "2025-02-01");
        formLimit("/programs", p, "title", FieldLimits.TITLE);
        formLimit("/programs", p, "summary", FieldLimits.TEXT);
        long program = newProgram(cell);
        formLimit("/programs/" + program + "/tasks", Map.of("title", text(20), "leadOrganizationId", "" + cell),
                "description", FieldLimits.TEXT);
        long task = as.call(OFFICE, () -> programs.addTask(program, null, new TaskData(null, "Nhiệm vụ thử", null,
                cell, List.of(), null)));
        formLimit("/tasks/" + task + "/report", Map.of("status", "IN_PROGRESS"), "note", FieldLimits.TEXT);
    }

    @Test
    void theIndicatorAndAccountFormsTakeEachTextUpToItsLimit() throws Exception {
        formLimitAs("tinh.vanphong", () -> "/indicators", Map.of("code", "GIOI_HAN_" + letters(6).toUpperCase()),
                "name", FieldLimits.NAME, n -> text(n));
        formLimitAs(OFFICE, () -> "/accounts", Map.of("username", "gh." + letters(8), "role", "CELL_SECRETARY",
                "scopeOrganizationId", "" + newCell(), "password", "mat-khau-du-dai"), "displayName", FieldLimits.NAME,
                n -> text(n));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithAMessageNotAnError() {
        long cell = newCell();
        long id = as.call(OFFICE, () -> accounts.create(new AccountManagement.AccountData("gh." + letters(8),
                "Thử mật khẩu", Role.CELL_SECRETARY, cell, null, true), "mat-khau-ban-dau"));
        String over = "ế".repeat(25); // 25 letters, 75 bytes in UTF-8
        assertThatThrownBy(() -> as.run(OFFICE, () -> accounts.resetPassword(id, over)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("PASSWORD_TOO_LONG");
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(messages.getMessage(e.messageKey(), e.args(), VI)).startsWith("Mật khẩu quá dài: tối đa 72");
                });
        as.run(OFFICE, () -> accounts.resetPassword(id, "ế".repeat(24))); // exactly 72 bytes
    }

    @Test
    void theFormsCarryTheServersLimitAsMaxlength() throws Exception {
        Document page = page("/organizations/new?parent=" + ward());
        assertThat(page.selectFirst("#name").attr("maxlength")).isEqualTo("" + FieldLimits.NAME);
        assertThat(page.selectFirst("#notes").attr("maxlength")).isEqualTo("" + FieldLimits.TEXT);
        Document member = page("/members/new");
        assertThat(member.selectFirst("#fullName").attr("maxlength")).isEqualTo("" + FieldLimits.PERSON_NAME);
        assertThat(member.selectFirst("#email").attr("maxlength")).isEqualTo("" + FieldLimits.EMAIL);
        Document resolution = page("/resolutions/new");
        assertThat(resolution.selectFirst("#title").attr("maxlength")).isEqualTo("" + FieldLimits.TITLE);
        assertThat(resolution.selectFirst("#number").attr("maxlength")).isEqualTo("" + FieldLimits.CODE);
    }

    // ---- helpers ----

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(as.user(OFFICE))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private void apiLimit(Function<Map<String, Object>, MockHttpServletRequestBuilder> request, String field, int limit)
            throws Exception {
        apiLimitWith(request, field, limit, FieldLimitsTest::text);
    }

    private void apiLimitWith(Function<Map<String, Object>, MockHttpServletRequestBuilder> request, String field,
            int limit, Function<Integer, String> value) throws Exception {
        MockHttpServletResponse over = mvc.perform(request.apply(Map.of(field, value.apply(limit + 1)))
                .with(as.user(OFFICE))).andReturn().getResponse();
        String body = over.getContentAsString(StandardCharsets.UTF_8);
        assertThat(over.getStatus()).as(field + " over the limit: " + body).isEqualTo(422);
        JsonNode errors = json.readTree(body).get("errors");
        assertThat(errors).as(body).isNotNull();
        assertThat(errors.valueStream().anyMatch(e -> e.get("field").asString().equals(field)
                && e.get("message").asString().equals(tooLong(limit)))).as(field + ": " + body).isTrue();
        MockHttpServletResponse at = mvc.perform(request.apply(Map.of(field, value.apply(limit)))
                .with(as.user(OFFICE))).andReturn().getResponse();
        assertThat(at.getStatus()).as(field + " at the limit: " + at.getContentAsString(StandardCharsets.UTF_8))
                .isBetween(200, 299);
    }

    private void formLimit(String url, Map<String, String> params, String field, int limit) throws Exception {
        formLimitAs(OFFICE, () -> url, params, field, limit, FieldLimitsTest::text);
    }

    private void formLimitOn(java.util.function.Supplier<String> url, Map<String, String> params, String field,
            int limit) throws Exception {
        formLimitAs(OFFICE, url, params, field, limit, FieldLimitsTest::text);
    }

    private void formLimitAs(String user, java.util.function.Supplier<String> url, Map<String, String> params,
            String field, int limit, Function<Integer, String> value) throws Exception {
        String target = url.get();
        String typed = value.apply(limit + 1);
        MockHttpServletResponse over = mvc.perform(form(target, params, field, typed).with(as.user(user)))
                .andReturn().getResponse();
        assertThat(over.getStatus()).as(target + " " + field + " over the limit").isEqualTo(200);
        Document html = Jsoup.parse(over.getContentAsString(StandardCharsets.UTF_8));
        Element error = html.selectFirst("[data-testid=error-" + field + "]");
        assertThat(error).as(target + " " + field + ": no message beside the field").isNotNull();
        assertThat(error.text()).isEqualTo(tooLong(limit));
        Element input = html.selectFirst("[name=" + field + "]");
        assertThat(input).isNotNull();
        assertThat(input.is("textarea") ? input.text() : input.val()).as("kept as typed").isEqualTo(typed);
        MockHttpServletResponse at = mvc.perform(form(url.get(), params, field, value.apply(limit)).with(as.user(user)))
                .andReturn().getResponse();
        assertThat(at.getStatus()).as(target + " " + field + " at the limit: "
                + Jsoup.parse(at.getContentAsString(StandardCharsets.UTF_8)).select(".invalid-feedback, .alert").text())
                .isEqualTo(302);
    }

    private MockHttpServletRequestBuilder form(String url, Map<String, String> params, String field, String value) {
        MockHttpServletRequestBuilder b = post(url).with(csrf());
        params.forEach((k, v) -> {
            if (!k.equals(field)) {
                b.param(k, v);
            }
        });
        return b.param(field, value);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, Map<String, Object> body) {
        return b.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.putAll(extra);
        return m;
    }

    private String tooLong(int limit) {
        return messages.getMessage(FieldLimits.MESSAGE_KEY, new Object[] {limit}, VI);
    }

    /** n letters, starting with a random run so that values that must be unique are. */
    static String text(int n) {
        String start = letters(Math.min(n, 8));
        return start + "x".repeat(n - start.length());
    }

    static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
        }
        return b.toString();
    }

    private long ward() {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'").query(Long.class)
                .single();
    }

    private long newCell() {
        long ward = ward();
        return as.call(OFFICE, () -> organizations.create(ward, new OrganizationData(OrganizationKind.CELL, null,
                "Chi bộ thử giới hạn " + letters(8), null, null, null)));
    }

    private long newMember(long cell) {
        return as.call(OFFICE, () -> registry.register(cell, new MemberData("Thử Giới Hạn " + letters(6),
                LocalDate.of(1980, 1, 1), Gender.MALE, "Kinh", null, null, null, LocalDate.of(2010, 1, 1),
                LocalDate.of(2011, 1, 1), null, null, null, null, null, null, null, null, null),
                RegistrationKind.MEMBER, null));
    }

    private long newResolution(long cell) {
        return as.call(OFFICE, () -> resolutions.create(cell, new ResolutionData(ResolutionKind.ANNUAL, null,
                "Nghị quyết thử giới hạn", LocalDate.of(2025, 1, 5), 2025, 2025, null, List.of())));
    }

    private long newTarget(long resolution) {
        return as.call(OFFICE, () -> resolutions.addTarget(resolution, new TargetData(letters(6), "Chỉ tiêu thử",
                "người", Area.ECONOMY, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, null, 0, Rollup.DIRECT, null,
                null, Map.of(2025, new TargetData.Plan(BigDecimal.TEN, null)), List.of())));
    }

    private long newProgram(long cell) {
        return as.call(OFFICE, () -> programs.createProgram(cell, null, ProgramKind.PLAN, null, "Kế hoạch thử",
                LocalDate.of(2025, 2, 1), null));
    }
}

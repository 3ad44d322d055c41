package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
import vn.dangbo.resolution.TargetResults;
import vn.dangbo.resolution.TaskData;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * No lost updates (issue 8, 1.11): every change of a versioned record through the API names the version it was made
 * from, in its body or as {@code If-Match}; without one it is refused with 428 and a Vietnamese problem, from an older
 * one with 409 and "Bản ghi đã được người khác sửa lúc … Vui lòng tải lại.", and nothing is written either way. A
 * single resource is read with its version as ETag. Every PUT and PATCH of the API must have its case here.
 */
@DangboTest
class NoLostUpdatesTest {

    private static final String OFFICE = "mythoi.vanphong";
    private static final String STALE = "Bản ghi đã được người khác sửa lúc \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}\\. "
            + "Vui lòng tải lại\\.";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired As as;
    @Autowired JsonMapper json;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired OrganizationManagement organizations;
    @Autowired MemberRegistry registry;
    @Autowired ResolutionManagement resolutions;
    @Autowired ReportingPeriods periods;
    @Autowired TargetResults results;
    @Autowired ActionPrograms programs;

    /** A record to change: where it is read, where it is changed, a valid change, and its table for the check. */
    record Subject(String readUrl, String changeUrl, Map<String, Object> change, String table, long id) {}

    /** One versioned record of the API: the mapping of its change and how a test makes a fresh one. */
    record Case(String name, String mapping, Function<NoLostUpdatesTest, Subject> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("tổ chức đảng", "PUT /api/v1/organizations/{id}", t -> {
                    long cell = t.newCell();
                    return new Subject("/api/v1/organizations/" + cell, "/api/v1/organizations/" + cell,
                            Map.of("kind", "CELL", "name", "Chi bộ đã sửa " + letters(6)), "party_organization", cell);
                }),
                new Case("đảng viên", "PUT /api/v1/members/{id}", t -> {
                    long member = t.newMember(t.newCell());
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("fullName", "Đã Sửa " + letters(6));
                    change.put("dateOfBirth", "1980-01-01");
                    change.put("gender", "MALE");
                    change.put("ethnicity", "Kinh");
                    change.put("admissionDate", "2010-01-01");
                    change.put("officialDate", "2011-01-01");
                    return new Subject("/api/v1/members/" + member, "/api/v1/members/" + member, change, "member",
                            member);
                }),
                new Case("nghị quyết", "PUT /api/v1/resolutions/{id}", t -> {
                    long resolution = t.newResolution(t.newCell());
                    return new Subject("/api/v1/resolutions/" + resolution, "/api/v1/resolutions/" + resolution,
                            Map.of("resolution", Map.of("kind", "ANNUAL", "title", "Nghị quyết đã sửa " + letters(6),
                                    "issuedOn", "2025-01-05", "startYear", 2025, "endYear", 2025)),
                            "resolution", resolution);
                }),
                new Case("chỉ tiêu", "PUT /api/v1/targets/{id}", t -> {
                    long target = t.newTarget(t.newResolution(t.newCell()));
                    return new Subject("/api/v1/targets/" + target, "/api/v1/targets/" + target,
                            Map.of("target", Map.of("code", "1", "name", "Chỉ tiêu đã sửa " + letters(6), "unit",
                                    "người", "area", "ECONOMY", "kind", "AT_LEAST", "accumulation", "CUMULATIVE",
                                    "displayDecimals", 0, "rollup", "DIRECT",
                                    "plans", Map.of("2025", Map.of("value", 12)))),
                            "target", target);
                }),
                new Case("nhiệm vụ", "PUT /api/v1/tasks/{id}", t -> {
                    long cell = t.newCell();
                    long task = t.newTask(cell);
                    return new Subject("/api/v1/tasks/" + task, "/api/v1/tasks/" + task,
                            Map.of("task", Map.of("title", "Nhiệm vụ đã sửa " + letters(6), "leadOrganizationId", cell,
                                    "deadline", "2025-12-31")),
                            "task", task);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aSingleRecordIsReadWithItsVersionAsETag(Case c) throws Exception {
        Subject s = c.make().apply(this);
        MockHttpServletResponse read = read(s);
        assertThat(read.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + version(s) + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aChangeThatNamesNoVersionIsRefusedWith428AndChangesNothing(Case c) throws Exception {
        Subject s = c.make().apply(this);
        int before = version(s);
        MockHttpServletResponse r = send(put(s.changeUrl()), s.change(), null);
        JsonNode problem = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(r.getStatus()).as(problem.toString()).isEqualTo(428);
        assertThat(problem.get("code").asString()).isEqualTo("VERSION_REQUIRED");
        assertThat(problem.get("title").asString()).isEqualTo("Thiếu phiên bản của bản ghi");
        assertThat(problem.get("detail").asString()).startsWith("Yêu cầu sửa phải gửi kèm phiên bản của bản ghi");
        assertThat(version(s)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aChangeFromTheCurrentVersionIsAppliedAndAnOlderOneIsRefusedWith409(Case c) throws Exception {
        Subject s = c.make().apply(this);
        int seen = version(s);
        MockHttpServletResponse first = send(put(s.changeUrl()), with(s.change(), seen), null);
        assertThat(first.getStatus()).as(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(first.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + (seen + 1) + "\"");

        // a second person saw the same version and saves after the first
        MockHttpServletResponse second = send(put(s.changeUrl()), with(s.change(), seen), null);
        JsonNode problem = json.readTree(second.getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.getStatus()).as(problem.toString()).isEqualTo(409);
        assertThat(problem.get("code").asString()).endsWith("_CHANGED");
        assertThat(problem.get("detail").asString()).matches(STALE);
        assertThat(version(s)).isEqualTo(seen + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ifMatchWithTheETagNamesTheVersionAsWell(Case c) throws Exception {
        Subject s = c.make().apply(this);
        String etag = read(s).getHeader(HttpHeaders.ETAG);
        MockHttpServletResponse first = send(put(s.changeUrl()), s.change(), etag);
        assertThat(first.getStatus()).as(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        MockHttpServletResponse stale = send(put(s.changeUrl()), s.change(), etag);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(json.readTree(stale.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
                .matches(STALE);
        MockHttpServletResponse malformed = send(put(s.changeUrl()), s.change(), "phiên bản 3");
        assertThat(malformed.getStatus()).isEqualTo(422);
        assertThat(json.readTree(malformed.getContentAsString(StandardCharsets.UTF_8)).get("code").asString())
                .isEqualTo("VERSION_INVALID");
    }

    @Test
    void correctingAValueNeedsTheVersionOfTheValueSeen() throws Exception {
        long cell = newCell();
        long target = newTarget(newResolution(cell));
        long period = as.call(OFFICE, () -> periods.open(cell, 2025, PeriodKind.NINE_MONTHS, null, null));
        String url = "/api/v1/periods/" + period + "/targets/" + target + "/results";
        // the first value: nobody saw one, nothing to overwrite
        MockHttpServletResponse entered = send(post(url), Map.of("value", 4), null);
        assertThat(entered.getStatus()).as(entered.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        long id = json.readTree(entered.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        int seen = jdbc.sql("SELECT version FROM target_result WHERE id = ?").param(id).query(Integer.class).single();

        MockHttpServletResponse unnamed = send(post(url), Map.of("value", 5), null);
        assertThat(unnamed.getStatus()).isEqualTo(428);
        MockHttpServletResponse sawNone = send(post(url), Map.of("value", 5, "version", -1), null);
        assertThat(sawNone.getStatus()).isEqualTo(409);
        assertThat(json.readTree(sawNone.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
                .matches(STALE);
        assertThat(send(post(url), Map.of("value", 5, "version", seen), null).getStatus()).isEqualTo(201);
        assertThat(send(post(url), Map.of("value", 6), "\"" + seen + "\"").getStatus()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT value FROM target_result WHERE id = ?").param(id).query(BigDecimal.class).single())
                .isEqualByComparingTo("5");
    }

    @Test
    void aStalePageFormComesBackWithTheTypedInputAndTheMessageOnTop() throws Exception {
        long cell = newCell();
        int seen = jdbc.sql("SELECT version FROM party_organization WHERE id = ?").param(cell).query(Integer.class).single();
        as.run(OFFICE, () -> organizations.update(cell, seen, new OrganizationData(OrganizationKind.CELL, null,
                "Chi bộ do người khác sửa " + letters(6), null, null, null)));
        String typed = "Chi bộ tôi vừa gõ " + letters(6);
        MockHttpServletResponse page = mvc.perform(post("/organizations/" + cell).with(as.user(OFFICE)).with(csrf())
                .param("version", "" + seen).param("kind", "CELL").param("name", typed)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("[data-testid=form-errors]").text()).matches(STALE);
        assertThat(html.select("input[name=name]").val()).isEqualTo(typed);
        assertThat(html.select("input[name=version]").val()).isEqualTo("" + seen);
        assertThat(jdbc.sql("SELECT name FROM party_organization WHERE id = ?").param(cell).query(String.class).single())
                .startsWith("Chi bộ do người khác sửa");

        // a form that names no version at all is refused the same way, never written over the current row
        MockHttpServletResponse unnamed = mvc.perform(post("/organizations/" + cell).with(as.user(OFFICE)).with(csrf())
                .param("kind", "CELL").param("name", typed)).andReturn().getResponse();
        assertThat(org.jsoup.Jsoup.parse(unnamed.getContentAsString(StandardCharsets.UTF_8))
                .select("[data-testid=form-errors]").text()).startsWith("Yêu cầu sửa phải gửi kèm phiên bản");
    }

    @Test
    void aStaleValueOnTheEntryPageKeepsTheTypedValueAndSaysWhenItChanged() throws Exception {
        long cell = newCell();
        long target = newTarget(newResolution(cell));
        long period = as.call(OFFICE, () -> periods.open(cell, 2025, PeriodKind.NINE_MONTHS, null, null));
        // someone else entered a value while this page was open (it showed none: version -1)
        as.run(OFFICE, () -> results.enter(period, target, null, new BigDecimal("3"), null, null, -1, List.of()));
        MockHttpServletResponse page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/periods/" + period + "/targets/" + target).with(as.user(OFFICE)).with(csrf())
                .param("organizationId", "" + cell).param("version", "-1").param("value", "7"))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("[data-testid=entry-form] .alert-danger").text()).matches(STALE);
        assertThat(html.select("[data-testid=entry-form] input[name=value]").val()).isEqualTo("7");
        assertThat(jdbc.sql("SELECT value FROM target_result WHERE target_id = ? AND period_id = ?").params(target, period)
                .query(BigDecimal.class).single()).isEqualByComparingTo("3");
    }

    @Test
    void everyPutAndPatchOfTheApiHasItsCase() {
        Set<String> changes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                if (m == RequestMethod.PUT || m == RequestMethod.PATCH) {
                    info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                            .forEach(p -> changes.add(m.name() + " " + p));
                }
            }
        });
        assertThat(changes).isNotEmpty();
        Set<String> covered = cases().map(Case::mapping).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).isEqualTo(changes);
    }

    // ---- helpers ----

    private MockHttpServletResponse read(Subject s) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(s.readUrl()).with(as.user(OFFICE))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder b, Map<String, Object> body, String ifMatch)
            throws Exception {
        b = b.with(as.user(OFFICE)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (ifMatch != null) {
            b = b.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    private int version(Subject s) {
        return jdbc.sql("SELECT version FROM " + s.table() + " WHERE id = ?").param(s.id()).query(Integer.class)
                .single();
    }

    private static Map<String, Object> with(Map<String, Object> change, int version) {
        Map<String, Object> m = new LinkedHashMap<>(change);
        m.put("version", version);
        return m;
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    long newCell() {
        long ward = jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'")
                .query(Long.class).single();
        return as.call(OFFICE, () -> organizations.create(ward, new OrganizationData(OrganizationKind.CELL, null,
                "Chi bộ thử phiên bản " + letters(8), null, null, null)));
    }

    long newMember(long cell) {
        return as.call(OFFICE, () -> registry.register(cell, new MemberData("Thử Phiên Bản " + letters(6),
                LocalDate.of(1980, 1, 1), Gender.MALE, "Kinh", null, null, null, LocalDate.of(2010, 1, 1),
                LocalDate.of(2011, 1, 1), null, null, null, null, null, null, null, null, null),
                RegistrationKind.MEMBER, null));
    }

    long newResolution(long cell) {
        return as.call(OFFICE, () -> resolutions.create(cell, new ResolutionData(ResolutionKind.ANNUAL, null,
                "Nghị quyết thử phiên bản", LocalDate.of(2025, 1, 5), 2025, 2025, null, List.of())));
    }

    long newTarget(long resolution) {
        return as.call(OFFICE, () -> resolutions.addTarget(resolution, new TargetData("1", "Chỉ tiêu thử",
                "người", Area.ECONOMY, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, null, 0, Rollup.DIRECT, null,
                null, Map.of(2025, new TargetData.Plan(BigDecimal.TEN, null)), List.of())));
    }

    long newTask(long cell) {
        return as.call(OFFICE, () -> {
            long program = programs.createProgram(cell, null, ProgramKind.PLAN, null, "Kế hoạch thử phiên bản",
                    LocalDate.of(2025, 2, 1), null);
            return programs.addTask(program, null, new TaskData(null, "Nhiệm vụ thử phiên bản", null, cell, List.of(),
                    LocalDate.of(2025, 12, 31)));
        });
    }
}

package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.dangbo.shared.UploadedFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
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
import vn.dangbo.support.authorization.AuthorizationRows;
import vn.dangbo.support.authorization.Endpoint;
import vn.dangbo.support.authorization.Ids;
import vn.dangbo.support.authorization.Target;

/**
 * Every endpoint × every role × inside and outside the account's organization scope. A request is allowed when
 * the role has the endpoint's permission and the target lies within the account's scope; allowed means the
 * request got past the guard (any status but 401/403), refused means 403, or 404 for a record outside the scope
 * (the answer an unknown id gets, see {@link #refusedStatuses}). Write requests carry invalid input so
 * that an allowed request stops at validation and changes nothing. Each module declares its own rows beside its
 * tests ({@link AuthorizationRows}, e.g. {@code vn.dangbo.member.MemberAuthorizationRows}); a new endpoint fails
 * {@link #everyEndpointIsInTheMatrix()} until its module declares it. Every {@code /api/} row is driven twice: with
 * the signed-in session and with an API bearer token of the same account (issued by {@code POST /api/v1/auth/tokens}),
 * which must get the same answer.
 */
@DangboTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    record Account(String username, Role role, String scopePath, Long memberId) {}

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;
    // the application's controllers, not the actuator's controllerEndpointHandlerMapping beside them
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Ids inside;
    Ids outside;
    List<Account> accounts;
    /** An API token per account, issued the way a client gets one. */
    final Map<String, String> tokens = new HashMap<>();

    /** Every module's rows ({@link AuthorizationRows} beside its tests), those that consume their fixture last. */
    static List<Endpoint> endpoints() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuthorizationRows.class));
        List<String> classes = scanner.findCandidateComponents("vn.dangbo").stream()
                .map(BeanDefinition::getBeanClassName).sorted().toList();
        assertThat(classes).as("modules declaring authorization rows").isNotEmpty();
        List<Endpoint> all = new ArrayList<>();
        for (String name : classes) {
            try {
                all.addAll(((AuthorizationRows) Class.forName(name).getConstructor().newInstance()).rows());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(name + " needs a public no-argument constructor", e);
            }
        }
        return all.stream().sorted(Comparator.comparing(Endpoint::runsLast)).toList();
    }

    /** Reachable without signing in (or the error page): not part of the matrix. */
    static final Set<String> PUBLIC = Set.of("GET /login", "POST /api/v1/auth/tokens", "GET /api/v1/openapi",
            "GET /api/v1/openapi.yaml", "GET /api/v1/openapi/swagger-config", " /error");

    /** The password of every demo account (README). */
    static final String DEMO_PASSWORD = "dangbo@2025";

    @BeforeAll
    void targets() throws Exception {
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
        for (Account account : accounts) {
            MockHttpServletResponse issued = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + account.username() + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                    .andReturn().getResponse();
            assertThat(issued.getStatus()).as("token for " + account.username()).isEqualTo(201);
            tokens.put(account.username(),
                    JsonMapper.builder().build().readTree(issued.getContentAsString()).get("token").asString());
        }
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
            results.attachEvidence(result, List.of(new UploadedFile("bien-ban.pdf", "application/pdf",
                    "%PDF-1.4 thử".getBytes(StandardCharsets.UTF_8))));
            long evidence = jdbc.sql("SELECT max(id) FROM resolution_attachment WHERE owner_type = 'RESULT' AND owner_id = ?")
                    .param(result).query(Long.class).single();
            long program = programs.createProgram(wardId, resolution, ProgramKind.PLAN, "99-KH/ĐU", "Kế hoạch thử phân quyền",
                    LocalDate.of(2025, 2, 1), null);
            long task = programs.addTask(program, null, new TaskData(null, "Nhiệm vụ thử của chi bộ", null, cellId,
                    List.of(), LocalDate.of(2025, 12, 31)));
            long update = programs.report(task, TaskStatus.IN_PROGRESS, 10, "Bắt đầu thực hiện", null,
                    List.of(new UploadedFile("tien-do.docx", "application/octet-stream",
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
              for (boolean bearer : endpoint.isApi() ? new boolean[] {false, true} : new boolean[] {false}) {
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
                            + (bearer ? " with an API token" : "")
                            + (allowed ? " is allowed" : " is refused");
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(ids);
                        if (bearer) {
                            request.header("Authorization", "Bearer " + tokens.get(account.username()));
                        } else {
                            request.with(as.user(account.username()));
                            if (!endpoint.method().equals("GET")) {
                                request.with(csrf());
                            }
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

package vn.dangbo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * The API's contract (issue 8, 2.2): answers are JSON records of their own without what only the server uses
 * (materialised organization paths, storage digests), and the OpenAPI document describes every error answer with the
 * problem-detail schema and its machine codes.
 */
@DangboTest
class ApiContractsTest {

    private static final Set<String> INTERNAL = Set.of("path", "orgPath", "leadPath", "sha256", "ownerType", "ownerId",
            "searchText", "sortKey");

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void noApiAnswerCarriesAnInternalField() throws Exception {
        long ward = jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'").query(Long.class)
                .single();
        long resolution = jdbc.sql("SELECT id FROM resolution WHERE organization_id = ? ORDER BY id LIMIT 1").param(ward)
                .query(Long.class).single();
        long target = jdbc.sql("""
                SELECT r.target_id FROM target_result r JOIN target t ON t.id = r.target_id
                WHERE t.resolution_id = ? ORDER BY r.id LIMIT 1""").param(resolution).query(Long.class).single();
        long period = jdbc.sql("SELECT period_id FROM target_result WHERE target_id = ? ORDER BY id LIMIT 1").param(target)
                .query(Long.class).single();
        long program = jdbc.sql("SELECT id FROM action_program WHERE org_path LIKE (SELECT path FROM party_organization "
                + "WHERE id = ?) || '%' ORDER BY id LIMIT 1").param(ward).query(Long.class).single();
        long task = jdbc.sql("SELECT id FROM task WHERE program_id = ? ORDER BY id LIMIT 1").param(program)
                .query(Long.class).single();
        long member = jdbc.sql("SELECT id FROM member WHERE org_path LIKE (SELECT path FROM party_organization "
                + "WHERE id = ?) || '%' ORDER BY id LIMIT 1").param(ward).query(Long.class).single();
        List<String> urls = List.of("/api/v1/organizations", "/api/v1/organizations/" + ward,
                "/api/v1/members?size=5", "/api/v1/members/" + member, "/api/v1/resolutions",
                "/api/v1/resolutions/" + resolution, "/api/v1/targets/" + target,
                "/api/v1/periods?organizationId=" + ward, "/api/v1/periods/" + period,
                "/api/v1/periods/" + period + "/targets/" + target + "/results",
                "/api/v1/dashboards/ward?resolutionId=" + resolution, "/api/v1/programs", "/api/v1/programs/" + program,
                "/api/v1/tasks?includeDone=true", "/api/v1/tasks/" + task);
        for (String url : urls) {
            MockHttpServletResponse r = mvc.perform(get(url).with(as.user("mythoi.vanphong"))).andReturn().getResponse();
            String body = r.getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getStatus()).as(url + ": " + body).isEqualTo(200);
            Set<String> found = new TreeSet<>();
            names(json.readTree(body), found);
            assertThat(found).as(url).doesNotContainAnyElementsOf(INTERNAL);
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryErrorAnswerWithItsCodes() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/openapi").with(as.user("mythoi.vanphong"))).andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode api = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        JsonNode problem = api.at("/components/schemas/Problem/properties");
        assertThat(problem.has("code")).isTrue();
        assertThat(problem.has("errors")).isTrue();

        List<String> missing = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().get("responses");
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            for (String status : List.of("400", "401")) {
                if (!responses.has(status)) {
                    missing.add(name + " " + status);
                }
            }
            if (path.getKey().contains("{") && !responses.has("404")) {
                missing.add(name + " 404");
            }
            if (!op.getKey().equals("get") && !responses.has("422")) {
                missing.add(name + " 422");
            }
            responses.properties().stream().filter(e -> e.getKey().startsWith("4")).forEach(e -> {
                if (!e.getValue().at("/content/application~1problem+json/schema/$ref").asString()
                        .equals("#/components/schemas/Problem") || e.getValue().get("x-problem-codes").isEmpty()) {
                    missing.add(name + " " + e.getKey() + " schema/codes");
                }
            });
        }));
        assertThat(missing).isEmpty();

        JsonNode putTask = api.at("/paths/~1api~1v1~1tasks~1{id}/put/responses");
        assertThat(putTask.at("/409/x-problem-codes/0").asString()).isEqualTo("TASK_CHANGED");
        assertThat(putTask.at("/428/x-problem-codes/0").asString()).isEqualTo("VERSION_REQUIRED");
        assertThat(api.at("/paths/~1api~1v1~1members~1{id}/put/responses/409/x-problem-codes/0").asString())
                .isEqualTo("MEMBER_CHANGED");
        assertThat(api.at("/paths/~1api~1v1~1results~1{id}~1evidence/post/responses/413/x-problem-codes/0").asString())
                .isEqualTo("FILE_TOO_LARGE");
    }

    private static void names(JsonNode node, Set<String> found) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                found.add(e.getKey());
                names(e.getValue(), found);
            });
        } else if (node.isArray()) {
            node.forEach(n -> names(n, found));
        }
    }
}

package vn.dangbo.resolution;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.dangbo.support.authorization.Requests.json;

import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockMultipartFile;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.support.authorization.AuthorizationRows;
import vn.dangbo.support.authorization.Endpoint;
import vn.dangbo.support.authorization.Target;

/** The resolution module's rows of the authorization matrix ({@code AuthorizationMatrixTest}): every endpoint it maps. */
public class ResolutionAuthorizationRows implements AuthorizationRows {

    @Override
    public List<Endpoint> rows() {
        List<Endpoint> e = new ArrayList<>();
        // resolutions and targets
        e.add(new Endpoint("GET", "/resolutions", Permission.RESOLUTION_VIEW, Target.NONE, ids -> get("/resolutions")));
        e.add(new Endpoint("GET", "/resolutions/new", Permission.RESOLUTION_MANAGE, Target.NONE, ids -> get("/resolutions/new")));
        e.add(new Endpoint("POST", "/resolutions", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/resolutions").param("organizationId", "" + ids.ward()).param("title", "")));
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
                ids -> get("/periods").param("org", "" + ids.ward())));
        e.add(new Endpoint("POST", "/periods", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> post("/periods").param("organizationId", "" + ids.ward()).param("year", "1800")));
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
                ids -> post("/programs").param("organizationId", "" + ids.ward()).param("title", "")));
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
                ids -> json(post("/api/v1/resolutions"), "{\"organizationId\":" + ids.ward() + ",\"resolution\":{\"title\":\"\"}}")));
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
                ids -> get("/api/v1/periods").param("organizationId", "" + ids.ward())));
        e.add(new Endpoint("GET", "/api/v1/periods/{id}", Permission.RESOLUTION_VIEW, Target.RESOLUTION_READ,
                ids -> get("/api/v1/periods/" + ids.openPeriod())));
        e.add(new Endpoint("POST", "/api/v1/periods", Permission.RESOLUTION_MANAGE, Target.RESOLUTION_WRITE,
                ids -> json(post("/api/v1/periods"), "{\"organizationId\":" + ids.ward() + ",\"year\":1800}")));
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
                ids -> json(post("/api/v1/programs"), "{\"organizationId\":" + ids.ward() + ",\"title\":\"\"}")));
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
        e.add(Endpoint.last("POST", "/resolutions/{id}/targets/import/{importId}/discard", Permission.RESOLUTION_MANAGE,
                Target.TARGET_IMPORT, ids -> post("/resolutions/" + ids.resolution() + "/targets/import/"
                        + ids.targetImport() + "/discard")));
        e.add(Endpoint.last("POST", "/periods/{id}/results/import/{importId}/discard", Permission.RESULT_ENTER,
                Target.RESULT_IMPORT, ids -> post("/periods/" + ids.openPeriod() + "/results/import/"
                        + ids.resultImport() + "/discard")));
        return e;
    }
}

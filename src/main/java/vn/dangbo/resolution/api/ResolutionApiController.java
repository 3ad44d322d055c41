package vn.dangbo.resolution.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.shared.web.EntityVersions;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.resolution.ActionPrograms;
import vn.dangbo.shared.web.Uploads;
import vn.dangbo.resolution.Dashboards;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.ReportingPeriods;
import vn.dangbo.resolution.ResolutionData;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetResults;
import vn.dangbo.resolution.TaskData;
import vn.dangbo.resolution.TaskStatus;

/** Resolutions, targets, periods, results, dashboards, programs and tasks over REST, with the pages' rules. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nghị quyết, chỉ tiêu", description = "Nghị quyết, chỉ tiêu, kỳ báo cáo, kết quả, bảng theo dõi, nhiệm vụ")
class ResolutionApiController {

    private final ResolutionManagement resolutions;
    private final ReportingPeriods periods;
    private final TargetResults results;
    private final Dashboards dashboards;
    private final ActionPrograms programs;

    ResolutionApiController(ResolutionManagement resolutions, ReportingPeriods periods, TargetResults results,
            Dashboards dashboards, ActionPrograms programs) {
        this.resolutions = resolutions;
        this.periods = periods;
        this.results = results;
        this.dashboards = dashboards;
        this.programs = programs;
    }

    record Created(long id) {}

    record ResolutionRequest(Long organizationId, ResolutionData resolution, Integer version) {}

    record TargetRequest(TargetData target, Integer version) {}

    record PeriodRequest(Long organizationId, Integer year, PeriodKind kind, LocalDate startsOn, LocalDate endsOn) {}

    record ResultRequest(Long organizationId, BigDecimal value, BigDecimal total, String note, Integer version) {}

    record ReviewRequest(boolean accept, String note) {}

    record ProgramRequest(Long organizationId, Long resolutionId, ProgramKind kind, String number, String title,
            LocalDate issuedOn, String summary) {}

    record TaskRequest(Long parentId, TaskData task, Integer version) {}

    record ReportRequest(TaskStatus status, Integer progress, String note, LocalDate completedOn) {}

    @GetMapping("/resolutions")
    @Operation(summary = "Nghị quyết đọc được trong phạm vi (của đơn vị mình và cấp trên), lọc theo năm")
    List<ResolutionJson.ResolutionRecord> resolutions(@RequestParam(required = false) Integer year) {
        return resolutions.list(year).stream().map(ResolutionJson.ResolutionRecord::of).toList();
    }

    @GetMapping("/resolutions/{id}")
    @Operation(summary = "Một nghị quyết với các phần, chỉ tiêu, kế hoạch từng năm, đơn vị chịu trách nhiệm, chương trình")
    ResponseEntity<ResolutionJson.ResolutionView> resolution(@PathVariable long id) {
        ResolutionJson.ResolutionView v = ResolutionJson.ResolutionView.of(resolutions.view(id));
        return EntityVersions.tagged(v.resolution().version(), v);
    }

    @PostMapping("/resolutions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm nghị quyết")
    Created createResolution(@RequestBody ResolutionRequest request) {
        return new Created(resolutions.create(request.organizationId(), request.resolution()));
    }

    @PutMapping("/resolutions/{id}")
    @Operation(summary = "Sửa nghị quyết (bắt buộc gửi version hoặc If-Match)")
    ResponseEntity<ResolutionJson.ResolutionView> updateResolution(@PathVariable long id,
            @RequestBody ResolutionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        resolutions.update(id, EntityVersions.expected(request.version(), ifMatch), request.resolution());
        return resolution(id);
    }

    @PostMapping("/resolutions/{id}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm chỉ tiêu vào nghị quyết")
    Created addTarget(@PathVariable long id, @RequestBody TargetRequest request) {
        return new Created(resolutions.addTarget(id, request.target()));
    }

    @GetMapping("/targets/{id}")
    @Operation(summary = "Một chỉ tiêu với kế hoạch từng năm và đơn vị chịu trách nhiệm")
    ResponseEntity<ResolutionJson.TargetView> target(@PathVariable long id) {
        ResolutionJson.TargetView v = ResolutionJson.TargetView.of(resolutions.target(id));
        return EntityVersions.tagged(v.target().version(), v);
    }

    @PutMapping("/targets/{id}")
    @Operation(summary = "Sửa chỉ tiêu (bắt buộc gửi version hoặc If-Match)")
    ResponseEntity<ResolutionJson.TargetView> updateTarget(@PathVariable long id, @RequestBody TargetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        resolutions.updateTarget(id, EntityVersions.expected(request.version(), ifMatch), request.target());
        return target(id);
    }

    @DeleteMapping("/targets/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Xóa chỉ tiêu chưa có kết quả")
    void deleteTarget(@PathVariable long id) {
        resolutions.deleteTarget(id);
    }

    @GetMapping("/periods")
    @Operation(summary = "Kỳ báo cáo của một tổ chức")
    List<ResolutionJson.Period> periods(@RequestParam long organizationId) {
        return periods.of(organizationId).stream().map(ResolutionJson.Period::of).toList();
    }

    @GetMapping("/periods/{id}")
    @Operation(summary = "Một kỳ báo cáo")
    ResolutionJson.Period period(@PathVariable long id) {
        return ResolutionJson.Period.of(periods.get(id));
    }

    @PostMapping("/periods")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mở kỳ báo cáo")
    Created openPeriod(@RequestBody PeriodRequest request) {
        return new Created(periods.open(request.organizationId(), request.year(), request.kind(), request.startsOn(),
                request.endsOn()));
    }

    @PostMapping("/periods/{id}/close")
    @Operation(summary = "Khóa kỳ báo cáo (sau đó chỉ xem)")
    ResolutionJson.Period closePeriod(@PathVariable long id) {
        periods.close(id);
        return period(id);
    }

    @PostMapping("/periods/{id}/reopen")
    @Operation(summary = "Mở lại kỳ báo cáo đã khóa")
    ResolutionJson.Period reopenPeriod(@PathVariable long id) {
        periods.reopen(id);
        return period(id);
    }

    @GetMapping("/periods/{periodId}/targets/{targetId}/results")
    @Operation(summary = "Số liệu của một chỉ tiêu trong kỳ: theo từng đơn vị, lịch sử, minh chứng, quyền nhập và duyệt")
    ResolutionJson.Entry results(@PathVariable long periodId, @PathVariable long targetId) {
        return ResolutionJson.Entry.of(results.entry(periodId, targetId));
    }

    @PostMapping("/periods/{periodId}/targets/{targetId}/results")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nhập hoặc sửa số liệu (organizationId là đơn vị với chỉ tiêu giao cho các đơn vị)",
            description = "Sửa số liệu đã có phải gửi version (hoặc If-Match) của số liệu đã xem; -1 khi chưa thấy số liệu nào.")
    Created enter(@PathVariable long periodId, @PathVariable long targetId, @RequestBody ResultRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return new Created(results.enter(periodId, targetId, request.organizationId(), request.value(), request.total(),
                request.note(), EntityVersions.expected(request.version(), ifMatch), List.of()));
    }

    @PostMapping(path = "/results/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Thêm tệp minh chứng cho số liệu đã nhập")
    void evidence(@PathVariable long id, @RequestPart("files") List<MultipartFile> files) {
        results.attachEvidence(id, Uploads.of(files));
    }

    @PostMapping("/results/{id}/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Duyệt hoặc trả lại số liệu (trả lại phải có lý do)")
    void review(@PathVariable long id, @RequestBody ReviewRequest request) {
        results.review(id, request.accept(), request.note());
    }

    @GetMapping("/dashboards/ward")
    @Operation(summary = "Bảng theo dõi của một nghị quyết trong một kỳ: kế hoạch, thực hiện, tỷ lệ, đánh giá, đạt X/Y")
    ResolutionJson.WardDashboard ward(@RequestParam long resolutionId, @RequestParam(required = false) Long periodId) {
        return ResolutionJson.WardDashboard.of(dashboards.ward(resolutionId, periodId));
    }

    @GetMapping("/dashboards/province")
    @Operation(summary = "Tổng hợp một chỉ tiêu chung theo từng đảng bộ trong phạm vi")
    Dashboards.ProvinceRollup province(@RequestParam String indicator, @RequestParam int year,
            @RequestParam PeriodKind period, @RequestParam(defaultValue = "NAME") Dashboards.Sort sort,
            @RequestParam(defaultValue = "false") boolean desc) {
        return dashboards.province(indicator, year, period, sort, desc);
    }

    @GetMapping("/programs")
    @Operation(summary = "Chương trình, kế hoạch đọc được trong phạm vi")
    List<ResolutionJson.Program> programs() {
        return programs.readable().stream().map(ResolutionJson.Program::of).toList();
    }

    @GetMapping("/programs/{id}")
    @Operation(summary = "Một chương trình, kế hoạch với các nhiệm vụ")
    ResolutionJson.ProgramView program(@PathVariable long id) {
        return ResolutionJson.ProgramView.of(programs.program(id));
    }

    @PostMapping("/programs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm chương trình, kế hoạch hoặc kết luận")
    Created createProgram(@RequestBody ProgramRequest r) {
        return new Created(programs.createProgram(r.organizationId(), r.resolutionId(), r.kind(), r.number(), r.title(),
                r.issuedOn(), r.summary()));
    }

    @PostMapping("/programs/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Giao nhiệm vụ (parentId để giao tiếp cho chi bộ)")
    Created addTask(@PathVariable long id, @RequestBody TaskRequest request) {
        return new Created(programs.addTask(id, request.parentId(), request.task()));
    }

    @GetMapping("/tasks")
    @Operation(summary = "Nhiệm vụ của đơn vị mình (chủ trì hoặc phối hợp), có thể chỉ lấy nhiệm vụ quá hạn")
    List<ResolutionJson.TaskRow> tasks(@RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean includeDone) {
        return programs.myTasks(overdue, includeDone).stream().map(ResolutionJson.TaskRow::of).toList();
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "Một nhiệm vụ với các nhiệm vụ giao tiếp và quá trình thực hiện")
    ResponseEntity<ResolutionJson.TaskView> task(@PathVariable long id) {
        ResolutionJson.TaskView v = ResolutionJson.TaskView.of(programs.task(id, true));
        return EntityVersions.tagged(v.row().task().version(), v);
    }

    @PutMapping("/tasks/{id}")
    @Operation(summary = "Sửa nhiệm vụ (bắt buộc gửi version hoặc If-Match)")
    ResponseEntity<ResolutionJson.TaskView> updateTask(@PathVariable long id, @RequestBody TaskRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        programs.updateTask(id, EntityVersions.expected(request.version(), ifMatch), request.task());
        return task(id);
    }

    @PostMapping("/tasks/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Báo cáo tiến độ nhiệm vụ")
    Created report(@PathVariable long id, @RequestBody ReportRequest r) {
        return new Created(programs.report(id, r.status(), r.progress(), r.note(), r.completedOn(), List.of()));
    }

}

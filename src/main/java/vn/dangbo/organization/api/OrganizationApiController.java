package vn.dangbo.organization.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.shared.web.EntityVersions;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.MemberCounts;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.organization.OrganizationPages;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.organization.PartyPosition;
import vn.dangbo.organization.OrganizationRecord;

/** The organization tree over REST, with the same scoping and rules as the pages. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Tổ chức đảng", description = "Cây tổ chức, nhiệm kỳ, chức vụ")
class OrganizationApiController {

    private final OrganizationPages pages;
    private final OrganizationManagement management;

    OrganizationApiController(OrganizationPages pages, OrganizationManagement management) {
        this.pages = pages;
        this.management = management;
    }

    record OrganizationJson(long id, Long parentId, OrganizationKind kind, CellType cellType, String name,
            String placeName, LocalDate establishedOn, LocalDate dissolvedOn, String notes, int version) {
        static OrganizationJson of(OrganizationRecord o) {
            return new OrganizationJson(o.id(), o.parentId(), o.kind(), o.cellType(), o.name(), o.placeName(),
                    o.establishedOn(), o.dissolvedOn(), o.notes(), o.version());
        }
    }

    /** An organization in a list: the summary without the internal materialised path. */
    record SummaryJson(long id, Long parentId, int depth, OrganizationKind kind, CellType cellType, String name,
            String placeName, LocalDate dissolvedOn) {
        static SummaryJson of(OrganizationSummary o) {
            return new SummaryJson(o.id(), o.parentId(), o.depth(), o.kind(), o.cellType(), o.name(), o.placeName(),
                    o.dissolvedOn());
        }
    }

    record TermJson(long id, String label, LocalDate startsOn, LocalDate endsOn) {}

    record Warning(String code, List<Object> args) {}

    record ChildJson(long id, OrganizationKind kind, String name, MemberCounts members, List<Warning> warnings) {}

    record PositionJson(long id, PartyPosition position, long memberId, String memberName, LocalDate startsOn,
            LocalDate endsOn, String decisionRef) {}

    record OrganizationDetailJson(OrganizationJson organization, MemberCounts members, List<Warning> warnings,
            List<TermJson> terms, List<PositionJson> committee, List<ChildJson> children) {}

    record OrganizationRequest(Long parentId, OrganizationKind kind, CellType cellType, String name, String placeName,
            LocalDate establishedOn, String notes, Integer version) {
        OrganizationData data() {
            return new OrganizationData(kind, cellType, name, placeName, establishedOn, notes);
        }
    }

    record MoveRequest(Long newParentId) {}

    record DissolveRequest(LocalDate dissolvedOn, String reason) {}

    record TermRequest(String label, LocalDate startsOn, LocalDate endsOn) {}

    record PositionRequest(Long memberId, PartyPosition position, LocalDate startsOn, String decisionRef) {}

    record EndPositionRequest(LocalDate endsOn) {}

    record Created(long id) {}

    @GetMapping
    @Operation(summary = "Tổ chức gốc trong phạm vi của tài khoản")
    List<SummaryJson> roots() {
        return pages.starting().stream().map(SummaryJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một tổ chức với số đảng viên, cảnh báo, nhiệm kỳ, cấp ủy và tổ chức trực thuộc")
    ResponseEntity<OrganizationDetailJson> get(@PathVariable long id) {
        OrganizationDetailJson detail = detail(id);
        return EntityVersions.tagged(detail.organization().version(), detail);
    }

    private OrganizationDetailJson detail(long id) {
        OrganizationPages.Page p = pages.page(id);
        return new OrganizationDetailJson(OrganizationJson.of(p.organization()), p.subtreeCounts(), warnings(p.warnings()),
                p.terms().stream().map(t -> new TermJson(t.id(), t.label(), t.startsOn(), t.endsOn())).toList(),
                p.committee().stream().map(c -> new PositionJson(c.id(), c.position(), c.memberId(), c.memberName(),
                        c.startsOn(), c.endsOn(), c.decisionRef())).toList(),
                p.children().stream().map(c -> new ChildJson(c.organization().id(), c.organization().kind(),
                        c.organization().name(), c.counts(), warnings(c.warnings()))).toList());
    }

    private static List<Warning> warnings(List<OrganizationPages.Warning> warnings) {
        return warnings.stream().map(w -> new Warning(w.messageKey(), w.args())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm tổ chức đảng dưới một tổ chức cấp trên")
    Created create(@RequestBody OrganizationRequest request) {
        return new Created(management.create(request.parentId(), request.data()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa tổ chức đảng (bắt buộc gửi version hoặc If-Match để không ghi đè thay đổi của người khác)")
    ResponseEntity<OrganizationDetailJson> update(@PathVariable long id, @RequestBody OrganizationRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        management.update(id, EntityVersions.expected(request.version(), ifMatch), request.data());
        return get(id);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Chuyển tổ chức (cùng tổ chức trực thuộc và đảng viên) sang tổ chức cấp trên khác")
    OrganizationDetailJson move(@PathVariable long id, @RequestBody MoveRequest request) {
        management.move(id, request.newParentId());
        return detail(id);
    }

    @PostMapping("/{id}/dissolve")
    @Operation(summary = "Giải thể tổ chức không còn tổ chức trực thuộc và đảng viên")
    OrganizationDetailJson dissolve(@PathVariable long id, @RequestBody DissolveRequest request) {
        management.dissolve(id, request.dissolvedOn(), request.reason());
        return detail(id);
    }

    @PostMapping("/{id}/terms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm nhiệm kỳ")
    Created addTerm(@PathVariable long id, @RequestBody TermRequest request) {
        return new Created(management.addTerm(id, request.label(), request.startsOn(), request.endsOn()));
    }

    @PostMapping("/{id}/positions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Phân công một đảng viên giữ chức vụ trong cấp ủy")
    Created appoint(@PathVariable long id, @RequestBody PositionRequest request) {
        return new Created(management.appoint(id, request.memberId(), request.position(), request.startsOn(),
                request.decisionRef()));
    }

    @PostMapping("/positions/{positionId}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Ghi nhận thôi giữ chức vụ")
    void endPosition(@PathVariable long positionId, @RequestBody EndPositionRequest request) {
        management.endPosition(positionId, request.endsOn());
    }
}

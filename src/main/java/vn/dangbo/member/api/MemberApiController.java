package vn.dangbo.member.api;

import java.time.Clock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.shared.web.EntityVersions;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.member.AgeBand;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberData;
import vn.dangbo.member.MemberDetail;
import vn.dangbo.member.MemberDirectory;
import vn.dangbo.member.MemberListItem;
import vn.dangbo.member.MemberQuery;
import vn.dangbo.member.MemberRegistry;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.PartyAgeBand;
import vn.dangbo.member.RegistrationKind;
import vn.dangbo.member.TransferKind;
import vn.dangbo.member.MemberRecord;
import vn.dangbo.organization.PartyPosition;
import vn.dangbo.shared.PageResult;
import vn.dangbo.shared.Paging;

/** The member register over REST: the same scoping, rules, masking and audit as the pages. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Đảng viên", description = "Danh sách, hồ sơ, tình trạng, chuyển sinh hoạt")
class MemberApiController {

    private final MemberDirectory directory;
    private final MemberRegistry registry;
    private final Clock clock;

    MemberApiController(MemberDirectory directory, MemberRegistry registry, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.registry = registry;
    }

    record MemberJson(long id, long organizationId, String organizationName, Long tempOrganizationId,
            String tempExternal, String fullName, LocalDate dateOfBirth, Gender gender, String ethnicity,
            String religion, String hometown, String residence, LocalDate admissionDate, LocalDate officialDate,
            String cardNumber, String citizenId, String phone, String email, String education,
            String politicalTheory, String occupation, LocalDate transferInDate, LocalDate transferOutDate,
            String notes, MemberStatus status, LocalDate statusSince, int version) {}

    record StatusJson(MemberStatus status, LocalDate effectiveDate, String reason, String decisionRef) {}

    record TransferJson(TransferKind kind, Long fromOrganizationId, String fromOrganization, Long toOrganizationId,
            String toOrganization, String externalOrganization, LocalDate effectiveDate, String decisionRef) {}

    record MemberDetailJson(MemberJson member, List<StatusJson> statusHistory, List<TransferJson> transfers) {}

    record MemberRequest(Long organizationId, RegistrationKind registrationKind, String externalOrganization,
            String fullName, LocalDate dateOfBirth, Gender gender, String ethnicity, String religion, String hometown,
            String residence, LocalDate admissionDate, LocalDate officialDate, String cardNumber, String citizenId,
            String phone, String email, String education, String politicalTheory, String occupation,
            LocalDate transferInDate, String notes, Integer version) {
        MemberData data() {
            return new MemberData(fullName, dateOfBirth, gender, ethnicity, religion, hometown, residence,
                    admissionDate, officialDate, cardNumber, citizenId, phone, email, education, politicalTheory,
                    occupation, transferInDate, notes);
        }
    }

    record StatusRequest(MemberStatus status, LocalDate effectiveDate, String reason, String decisionRef) {}

    record TransferRequest(TransferKind kind, Long toOrganizationId, String externalOrganization,
            LocalDate effectiveDate, String decisionRef, String reason) {}

    record StatusAsOf(long memberId, LocalDate date, MemberStatus status, Long organizationId) {}

    record Created(long id) {}

    @GetMapping
    @Operation(summary = "Danh sách đảng viên trong phạm vi, lọc và phân trang; số định danh luôn che")
    PageResult<MemberListItem> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) List<MemberStatus> status,
            @RequestParam(required = false) Gender gender, @RequestParam(required = false) AgeBand ageBand,
            @RequestParam(required = false) PartyAgeBand partyAgeBand,
            @RequestParam(required = false) PartyPosition position,
            @RequestParam(defaultValue = "false") boolean includeFormer,
            @RequestParam(defaultValue = "NAME") MemberQuery.Sort sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return directory.find(new MemberQuery(q, organizationId, status, gender, ageBand, partyAgeBand, position,
                includeFormer, sort), new Paging(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hồ sơ một đảng viên với lịch sử (được ghi vào nhật ký truy cập)")
    ResponseEntity<MemberDetailJson> get(@PathVariable long id) {
        MemberDetailJson detail = detail(id);
        return EntityVersions.tagged(detail.member().version(), detail);
    }

    private MemberDetailJson detail(long id) {
        MemberDetail d = directory.detail(id);
        return new MemberDetailJson(json(d),
                d.statusHistory().stream().map(s -> new StatusJson(s.status(), s.effectiveDate(), s.reason(),
                        s.decisionRef())).toList(),
                d.transfers().stream().map(t -> new TransferJson(t.transfer().kind(), t.transfer().fromOrganizationId(),
                        t.fromName(), t.transfer().toOrganizationId(), t.toName(), t.transfer().externalOrganization(),
                        t.transfer().effectiveDate(), t.transfer().decisionRef())).toList());
    }

    private static MemberJson json(MemberDetail d) {
        MemberRecord m = d.member();
        return new MemberJson(m.id(), m.organizationId(), d.organization().name(), m.tempOrganizationId(),
                m.tempExternal(), m.fullName(), m.dateOfBirth(), m.gender(), m.ethnicity(), m.religion(), m.hometown(),
                m.residence(), m.admissionDate(), m.officialDate(), m.cardNumber(), d.citizenIdShown(), m.phone(),
                m.email(), m.education(), m.politicalTheory(), m.occupation(), m.transferInDate(),
                m.transferOutDate(), m.notes(), m.currentStatus(), m.statusSince(), m.version());
    }

    record CitizenIdJson(long memberId, String citizenId) {}

    @PostMapping("/{id}/citizen-id")
    @Operation(summary = "Số định danh cá nhân đầy đủ của đảng viên",
            description = "Chỉ cho người quản lý hồ sơ (và chính đảng viên); mỗi lần gọi được ghi vào nhật ký. "
                    + "Mọi chỗ khác trả về số đã che.")
    CitizenIdJson revealCitizenId(@PathVariable long id) {
        return new CitizenIdJson(id, directory.revealCitizenId(id).orElse(null));
    }

    @GetMapping("/{id}/status")
    @Operation(summary = "Tình trạng và chi bộ của đảng viên vào một ngày (mặc định hôm nay)")
    StatusAsOf statusAsOf(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return new StatusAsOf(id, date, directory.statusAsOf(id, date).orElse(null),
                directory.organizationAsOf(id, date).orElse(null));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm đảng viên")
    Created create(@RequestBody MemberRequest request) {
        RegistrationKind kind = request.registrationKind() == null ? RegistrationKind.MEMBER : request.registrationKind();
        return new Created(registry.register(request.organizationId(), request.data(), kind,
                request.externalOrganization()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa hồ sơ (bắt buộc gửi version hoặc If-Match để không ghi đè thay đổi của người khác)")
    ResponseEntity<MemberDetailJson> update(@PathVariable long id, @RequestBody MemberRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        registry.update(id, EntityVersions.expected(request.version(), ifMatch), request.data());
        return get(id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Ghi nhận tình trạng mới với ngày hiệu lực")
    MemberDetailJson changeStatus(@PathVariable long id, @RequestBody StatusRequest request) {
        registry.changeStatus(id, request.status(), request.effectiveDate(), request.reason(), request.decisionRef());
        return detail(id);
    }

    @PostMapping("/{id}/transfers")
    @Operation(summary = "Chuyển sinh hoạt đảng (chính thức, tạm thời, ra ngoài, trở lại)")
    MemberDetailJson transfer(@PathVariable long id, @RequestBody TransferRequest request) {
        registry.transfer(id, request.kind(), request.toOrganizationId(), request.externalOrganization(),
                request.effectiveDate(), request.decisionRef(), request.reason());
        return detail(id);
    }
}

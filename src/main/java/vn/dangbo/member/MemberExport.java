package vn.dangbo.member;

import java.time.Clock;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.member.domain.Member;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.member.domain.RollPolicy;
import vn.dangbo.member.importing.ImportChecker;
import vn.dangbo.member.importing.RegisterWorkbook;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.format.VietnameseFormat;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.text.CitizenIds;

/**
 * Any filtered member list as an .xlsx register (form 7-HSĐV columns, then citizen ID, phone, status and cell),
 * and the empty register that the import recognises. The file is in Vietnamese whatever the interface language: it
 * is a Party document, and importing it back must recognise its headers. Citizen IDs are masked unless the account
 * may see them ({@link Permission#CITIZEN_ID_VIEW}). Every export is audited with its filter and the members in it.
 */
@Service
public class MemberExport {

    public static final String AUDIT_TYPE = "MEMBER_EXPORT";
    /** Exports larger than this are refused: filter by organization instead. */
    public static final int LIMIT = 50_000;
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int CHUNK = 500;

    /** The columns of an export, in the register's order. */
    static final List<ImportField> EXPORT_COLUMNS = List.of(ImportField.ORDINAL, ImportField.FULL_NAME,
            ImportField.DATE_OF_BIRTH, ImportField.GENDER, ImportField.ETHNICITY, ImportField.RELIGION,
            ImportField.HOMETOWN, ImportField.RESIDENCE, ImportField.ADMISSION_DATE, ImportField.OFFICIAL_DATE,
            ImportField.CARD_NUMBER, ImportField.EDUCATION, ImportField.POLITICAL_THEORY, ImportField.OCCUPATION,
            ImportField.TRANSFER_IN_DATE, ImportField.TRANSFER_OUT_DATE, ImportField.NOTES, ImportField.CITIZEN_ID,
            ImportField.PHONE, ImportField.STATUS, ImportField.ORGANIZATION);

    /** The columns of the import template: the export's, with e-mail and without the status. */
    static final List<ImportField> TEMPLATE_COLUMNS = List.of(ImportField.ORDINAL, ImportField.FULL_NAME,
            ImportField.DATE_OF_BIRTH, ImportField.GENDER, ImportField.ETHNICITY, ImportField.RELIGION,
            ImportField.HOMETOWN, ImportField.RESIDENCE, ImportField.ADMISSION_DATE, ImportField.OFFICIAL_DATE,
            ImportField.CARD_NUMBER, ImportField.EDUCATION, ImportField.POLITICAL_THEORY, ImportField.OCCUPATION,
            ImportField.TRANSFER_IN_DATE, ImportField.TRANSFER_OUT_DATE, ImportField.NOTES, ImportField.CITIZEN_ID,
            ImportField.PHONE, ImportField.EMAIL, ImportField.ORGANIZATION);

    private final MemberDirectory directory;
    private final MemberRepository members;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    MemberExport(MemberDirectory directory, MemberRepository members, OrganizationDirectory organizations,
            AccessGuard guard, AuditTrail audit, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.members = members;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
        this.messages = messages;
    }

    /** An export ready to be written: the members in list order and whether their citizen IDs show in full. */
    public record Prepared(List<Long> ids, boolean citizenIdsInFull, String scopeName, String fileName,
            vn.dangbo.organization.MemberCounts roll, String scopePath) {}

    /** Selects the members of the filtered list and records the export in the audit trail. */
    @Transactional
    public Prepared prepare(MemberQuery query) {
        CurrentUser user = guard.require(Permission.MEMBER_EXPORT);
        List<Long> ids = directory.findIds(query, LIMIT + 1);
        if (ids.size() > LIMIT) {
            throw DomainException.invalid("EXPORT_TOO_LARGE", "member.export.tooLarge", LIMIT);
        }
        boolean full = user.can(Permission.CITIZEN_ID_VIEW);
        OrganizationSummary org = query.organizationId() == null ? null
                : organizations.find(query.organizationId()).orElse(null);
        String scopePath = org != null ? org.path() : guard.scopePath();
        String scopeName = org != null ? org.name()
                : user.scopeOrganizationId() == null ? null
                : organizations.find(user.scopeOrganizationId()).map(OrganizationSummary::name).orElse(null);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("text", query.text());
        filter.put("organizationId", query.organizationId());
        filter.put("statuses", query.statuses().stream().map(Enum::name).toList());
        filter.put("gender", query.gender() == null ? null : query.gender().name());
        filter.put("ageBand", query.ageBand() == null ? null : query.ageBand().name());
        filter.put("partyAgeBand", query.partyAgeBand() == null ? null : query.partyAgeBand().name());
        filter.put("position", query.position() == null ? null : query.position().name());
        filter.put("includeFormer", query.includeFormer());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("filter", filter);
        after.put("count", ids.size());
        after.put("citizenIdsInFull", full);
        after.put("memberIds", ids);
        audit.record(AuditAction.EXPORT, AUDIT_TYPE, null, scopePath,
                "Xuất danh sách " + ids.size() + " đảng viên ra tệp Excel", null, after);
        vn.dangbo.organization.MemberCounts roll = directory.rollAmong(query, ids);
        return new Prepared(ids, full, scopeName, "danh-sach-dang-vien-" + roll.asOf() + ".xlsx", roll, scopePath);
    }

    /** Writes the prepared list as an .xlsx register, streaming (a few hundred rows in memory at a time). */
    @Transactional(readOnly = true)
    public void write(Prepared prepared, OutputStream out) {
        guard.require(Permission.MEMBER_EXPORT);
        try (RegisterWorkbook book = new RegisterWorkbook(text("member.export.sheetName"), EXPORT_COLUMNS)) {
            book.titleLine(text("member.export.title"), true);
            LocalDate asOf = prepared.roll().asOf();
            String date = VietnameseFormat.date(asOf);
            String count = VietnameseFormat.number(prepared.ids().size());
            book.titleLine(prepared.scopeName() == null ? text("member.export.subtitleAll", date, count)
                    : text("member.export.subtitle", prepared.scopeName(), date, count), false);
            // the roll among the rows, by the one definition (RollPolicy), as the organization page counts it
            book.titleLine(text("member.export.roll", date, VietnameseFormat.number(prepared.roll().total()),
                    VietnameseFormat.number(prepared.roll().official()),
                    VietnameseFormat.number(prepared.roll().probationary()),
                    VietnameseFormat.number(prepared.roll().temporaryIn())), false);
            book.header(EXPORT_COLUMNS.stream().map(f -> text(f.messageKey())).toList());
            Map<Long, String> cellNames = new HashMap<>();
            int ordinal = 0;
            for (int from = 0; from < prepared.ids().size(); from += CHUNK) {
                List<Long> chunk = prepared.ids().subList(from, Math.min(from + CHUNK, prepared.ids().size()));
                Map<Long, Member> byId = new HashMap<>();
                for (Member m : members.findAllById(chunk)) {
                    byId.put(m.id(), m);
                }
                for (Long id : chunk) {
                    Member m = byId.get(id);
                    if (m == null || !guard.within(m.orgPath()) && (m.tempOrgPath() == null || !guard.within(m.tempOrgPath()))) {
                        continue;
                    }
                    String cell = cellNames.computeIfAbsent(m.organizationId(),
                            o -> organizations.find(o).map(OrganizationSummary::name).orElse(""));
                    book.row(exportRow(++ordinal, m, cell, prepared.citizenIdsInFull(), asOf,
                            prepared.scopePath()));
                }
            }
            book.write(out);
        }
    }

    private List<Object> exportRow(int ordinal, Member m, String cell, boolean fullCitizenId, LocalDate asOf,
            String scopePath) {
        List<Object> v = new ArrayList<>(EXPORT_COLUMNS.size());
        v.add(ordinal);
        v.add(m.fullName());
        v.add(m.dateOfBirth());
        v.add(text(m.gender().messageKey()));
        v.add(m.ethnicity());
        v.add(m.religion());
        v.add(m.hometown());
        v.add(m.residence());
        v.add(m.admissionDate());
        v.add(m.officialDate());
        v.add(m.cardNumber());
        v.add(m.education());
        v.add(m.politicalTheory());
        v.add(m.occupation());
        v.add(m.transferInDate());
        v.add(m.transferOutDate());
        v.add(m.notes());
        v.add(m.citizenId() == null ? null : fullCitizenId ? m.citizenId() : CitizenIds.mask(m.citizenId()));
        v.add(m.phone());
        v.add(statusText(m, asOf, scopePath));
        v.add(cell);
        return v;
    }

    /**
     * The status column: a member on the roll is first official or probationary as of the date (RollPolicy), then
     * any other status ("Chính thức (Miễn công tác và sinh hoạt)"), so that counting "Chính thức" in the column gives
     * the organization page's official count.
     */
    private String statusText(Member m, LocalDate asOf, String scopePath) {
        MemberStatus s = m.currentStatus();
        if (scopePath != null && !m.orgPath().startsWith(scopePath) && !s.former()) {
            // on another organization's roll, attached here: counted beside the roll, as on the organization page
            return text(MemberStatus.TEMPORARY_IN.messageKey());
        }
        if (!RollPolicy.onRoll(s)) {
            return text(s.messageKey());
        }
        MemberStatus kind = RollPolicy.official(s, m.officialDate(), asOf) ? MemberStatus.OFFICIAL
                : MemberStatus.PROBATIONARY;
        return s == kind ? text(kind.messageKey())
                : text("member.export.kindStatus", text(kind.messageKey()), text(s.messageKey()));
    }

    /** The empty register with the recognised headers and one example row of a fictional person. */
    public void template(OutputStream out) {
        guard.require(Permission.MEMBER_IMPORT);
        try (RegisterWorkbook book = new RegisterWorkbook(text("member.export.sheetName"), TEMPLATE_COLUMNS)) {
            book.titleLine(text("member.export.title"), true);
            book.titleLine(text("member.import.template.hint"), false);
            book.header(TEMPLATE_COLUMNS.stream().map(f -> text(f.messageKey())).toList());
            List<Object> example = new ArrayList<>();
            example.add(1);
            example.add("Nguyễn Văn Mẫu");
            example.add(LocalDate.of(1985, 5, 15));
            example.add(text(Gender.MALE.messageKey()));
            example.add("Kinh");
            example.add("Không");
            example.add("Xã Mỹ Hòa Hưng, tỉnh An Giang");
            example.add("Khu phố 1");
            example.add(LocalDate.of(2012, 3, 2));
            example.add(LocalDate.of(2013, 3, 2));
            example.add(ImportChecker.EXAMPLE_CARD);
            example.add("12/12");
            example.add("Trung cấp");
            example.add("Giáo viên");
            example.add(null);
            example.add(null);
            example.add(text("member.import.template.exampleNote"));
            example.add("000000000000");
            example.add("0900000000");
            example.add(null);
            example.add(null);
            book.row(example);
            book.write(out);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }
}

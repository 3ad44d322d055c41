package vn.dangbo.resolution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.resolution.domain.PeriodRepository;
import vn.dangbo.resolution.domain.ReportingPeriod;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.domain.ResolutionRepository;
import vn.dangbo.resolution.domain.ResultRepository;
import vn.dangbo.resolution.domain.Target;
import vn.dangbo.resolution.domain.TargetPlan;
import vn.dangbo.resolution.domain.TargetRepository;
import vn.dangbo.resolution.domain.TargetResult;
import vn.dangbo.resolution.importing.Confirmation;
import vn.dangbo.resolution.importing.ImportKind;
import vn.dangbo.resolution.importing.ImportNumbers;
import vn.dangbo.resolution.importing.ImportRecord;
import vn.dangbo.resolution.importing.ImportSteps;
import vn.dangbo.resolution.importing.Labels;
import vn.dangbo.resolution.importing.ResolutionImportStore;
import vn.dangbo.resolution.importing.RowAction;
import vn.dangbo.resolution.importing.RowOutcome;
import vn.dangbo.resolution.importing.RowProblem;
import vn.dangbo.resolution.importing.TemplateWorkbook;
import vn.dangbo.resolution.importing.UploadedSheet;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.format.VietnameseFormat;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.spreadsheet.SheetData;
import vn.dangbo.shared.text.VietnameseText;

/**
 * The values of a reporting period in Excel: a template with one row per target of the organization's resolutions
 * in force that year (one per owner for a cascaded target) that the account may enter, prefilled with the values
 * entered so far; and its import — upload, a preview that checks every row and lists every bad row with all its
 * reasons while writing nothing, then the confirmation, which enters every value in one transaction through
 * {@link TargetResults#enter} (so the permission of each row, the history and the audit apply). Needs RESULT_ENTER
 * on an organization within or above the account's scope; which rows an account may enter is the rule of the entry
 * page ({@link TargetResults#mayEnter}): a cell secretary enters only the values of targets the cell owns. An import
 * belongs to the account that uploaded it. Contract: docs/resolution-excel.md.
 */
@Service
@Transactional
public class ResultImport {

    static final String AUDIT_TYPE = "RESULT_IMPORT";
    /** A ward's period has a few dozen values; a cascaded target one per cell. */
    static final int MAX_ROWS = 2000;

    static final String RESOLUTION = "RESOLUTION";
    static final String CODE = "CODE";
    static final String NAME = "NAME";
    static final String OWNER = "OWNER";
    static final String UNIT = "UNIT";
    static final String PLAN = "PLAN";
    static final String VALUE = "VALUE";
    static final String TOTAL = "TOTAL";
    static final String NOTE = "NOTE";
    static final List<String> FIELDS = List.of(RESOLUTION, CODE, NAME, OWNER, UNIT, PLAN, VALUE, TOTAL, NOTE);
    private static final Set<String> INPUT = Set.of(VALUE, TOTAL, NOTE);

    private static final Map<String, String> SYNONYMS = synonyms();

    private final PeriodRepository periods;
    private final ResolutionRepository resolutions;
    private final TargetRepository targets;
    private final ResultRepository results;
    private final TargetResults entry;
    private final OrganizationDirectory organizations;
    private final ResolutionImportStore store;
    private final ImportSteps steps;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final MessageSource messages;

    ResultImport(PeriodRepository periods, ResolutionRepository resolutions, TargetRepository targets,
            ResultRepository results, TargetResults entry, OrganizationDirectory organizations,
            ResolutionImportStore store, ImportSteps steps, AccessGuard guard, AuditTrail audit, MessageSource messages) {
        this.periods = periods;
        this.resolutions = resolutions;
        this.targets = targets;
        this.results = results;
        this.entry = entry;
        this.organizations = organizations;
        this.store = store;
        this.steps = steps;
        this.guard = guard;
        this.audit = audit;
        this.messages = messages;
    }

    private static Map<String, String> synonyms() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("nghi quyet", "so nghi quyet", "nghi quyet so", "van ban")) {
            m.put(s, RESOLUTION);
        }
        for (String s : List.of("stt", "so thu tu", "tt", "so tt", "ma chi tieu")) {
            m.put(s, CODE);
        }
        for (String s : List.of("chi tieu", "ten chi tieu", "noi dung chi tieu", "noi dung")) {
            m.put(s, NAME);
        }
        for (String s : List.of("don vi", "don vi thuc hien", "don vi nhap", "don vi phu trach", "chi bo", "to chuc",
                "don vi chiu trach nhiem")) {
            m.put(s, OWNER);
        }
        for (String s : List.of("don vi tinh", "dvt")) {
            m.put(s, UNIT);
        }
        for (String s : List.of("ke hoach", "chi tieu ke hoach", "ke hoach nam", "ke hoach ca nhiem ky")) {
            m.put(s, PLAN);
        }
        for (String s : List.of("gia tri", "thuc hien", "ket qua", "ket qua thuc hien", "so lieu", "gia tri thuc hien",
                "so thuc hien")) {
            m.put(s, VALUE);
        }
        for (String s : List.of("tong so", "tong so x y", "tong")) {
            m.put(s, TOTAL);
        }
        for (String s : List.of("ghi chu", "giai trinh", "ghi chu giai trinh")) {
            m.put(s, NOTE);
        }
        return Map.copyOf(m);
    }

    /** One value of the period: a target, the organization it is entered for, its plan and the value so far. */
    record Slot(Resolution resolution, Target target, long organizationId, String organizationName, TargetPlan plan,
            TargetResult result) {}

    /** The period, for someone who may enter values within or below its organization (RESULT_ENTER). */
    @Transactional(readOnly = true)
    public ReportingPeriod period(long periodId) {
        guard.require(Permission.RESULT_ENTER);
        ReportingPeriod p = periods.findById(periodId)
                .orElseThrow(() -> DomainException.notFound("PERIOD_NOT_FOUND", "period.notFound"));
        guard.requireRelated(Permission.RESULT_ENTER, p.orgPath());
        return p;
    }

    /** Every value of the period: the targets of the organization's resolutions in force that year, by owner. */
    List<Slot> slots(ReportingPeriod p) {
        Map<String, TargetResult> byKey = new HashMap<>();
        results.ofPeriod(p.id()).forEach(r -> byKey.put(r.targetId() + "/" + r.organizationId(), r));
        List<Slot> slots = new ArrayList<>();
        for (Resolution r : resolutions.ofOrganizationInYear(p.organizationId(), p.year())) {
            Map<Long, TargetPlan> plans = new HashMap<>();
            targets.plansOfResolution(r.id()).stream().filter(x -> x.year() == p.year())
                    .forEach(x -> plans.put(x.targetId(), x));
            Map<Long, List<Long>> owners = new HashMap<>();
            for (long[] o : targets.ownersOfResolution(r.id())) {
                owners.computeIfAbsent(o[0], k -> new ArrayList<>()).add(o[1]);
            }
            Map<Long, String> names = organizations.names(owners.values().stream().flatMap(List::stream).distinct()
                    .toList());
            String issuer = organizations.get(r.organizationId()).name();
            for (Target t : targets.ofResolution(r.id())) {
                if (t.rollup() == Rollup.DIRECT) {
                    slots.add(new Slot(r, t, r.organizationId(), issuer, plans.get(t.id()),
                            byKey.get(t.id() + "/" + r.organizationId())));
                } else {
                    owners.getOrDefault(t.id(), List.of()).stream()
                            .sorted(VietnameseText.comparing(names::get))
                            .forEach(o -> slots.add(new Slot(r, t, o, names.get(o), plans.get(t.id()),
                                    byKey.get(t.id() + "/" + o))));
                }
            }
        }
        return slots;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Template
    // ---------------------------------------------------------------------------------------------------------------

    /** The template of a period: the values the account may enter, prefilled with those entered so far. */
    @Transactional(readOnly = true)
    public byte[] template(long periodId) {
        ReportingPeriod p = period(periodId);
        Locale locale = LocaleContextHolder.getLocale();
        List<Slot> slots = slots(p).stream()
                .filter(s -> entry.mayEnter(s.target(), s.resolution(), s.organizationId())).toList();
        List<String> labels = FIELDS.stream().map(f -> columnLabel(f, locale)).toList();
        List<Integer> widths = List.of(18, 7, 44, 30, 12, 13, 13, 13, 40);
        List<Boolean> numeric = FIELDS.stream().map(f -> f.equals(VALUE) || f.equals(TOTAL) || f.equals(PLAN)).toList();
        List<Boolean> readOnly = FIELDS.stream().map(f -> !INPUT.contains(f)).toList();
        int headerRow = 3;
        int first = headerRow + 1;
        String periodName = msg(p.kind().messageKey(), locale) + " " + p.year();
        try (TemplateWorkbook wb = new TemplateWorkbook(msg("period.import.sheet", locale))) {
            wb.titleBlock(msg("period.import.template.title", locale, periodName,
                    organizations.get(p.organizationId()).name()), msg(p.closed() ? "period.import.template.closed"
                    : "period.import.template.hint", locale), FIELDS.size());
            wb.header(headerRow, labels, widths);
            wb.prepare(first, Math.max(first, first + slots.size() - 1), numeric, readOnly);
            int row = first;
            for (Slot s : slots) {
                Target t = s.target();
                wb.set(row, 0, resolutionLabel(s.resolution()));
                wb.set(row, 1, t.code());
                wb.set(row, 2, t.name());
                wb.set(row, 3, s.organizationName());
                wb.set(row, 4, t.kind() == TargetKind.RATE ? "%" : t.unit());
                if (p.kind().againstTerm()) {
                    wb.set(row, 5, t.termValue());
                } else if (s.plan() != null && t.kind() == TargetKind.COUNT_OF_TOTAL && s.plan().total() != null) {
                    wb.set(row, 5, VietnameseFormat.compact(s.plan().planValue(), 4) + "/"
                            + VietnameseFormat.compact(s.plan().total(), 4));
                } else if (s.plan() != null) {
                    wb.set(row, 5, s.plan().planValue());
                }
                if (s.result() != null) {
                    wb.set(row, 6, s.result().value());
                    wb.set(row, 7, s.result().total());
                    wb.set(row, 8, s.result().note());
                }
                row++;
            }
            return wb.bytes();
        }
    }

    private String columnLabel(String field, Locale locale) {
        return msg("period.import.col." + field.toLowerCase(Locale.ROOT), locale);
    }

    /** How the template names a resolution: its number, or its title when it has none. */
    static String resolutionLabel(Resolution r) {
        return r.number() != null ? r.number() : r.title();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Upload, check, preview, confirm
    // ---------------------------------------------------------------------------------------------------------------

    /** Reads an uploaded file, keeps its rows and checks every one; no value is entered. */
    public long upload(long periodId, String fileName, byte[] content) {
        CurrentUser user = guard.require(Permission.RESULT_ENTER);
        ReportingPeriod p = period(periodId);
        Locale locale = LocaleContextHolder.getLocale();
        UploadedSheet sheet = UploadedSheet.read(fileName, content, MAX_ROWS, label -> recognise(label, locale),
                fields -> fields.contains(VALUE) && (fields.contains(CODE) || fields.contains(NAME)),
                "period.import.error.noHeader");
        long id = store.create(new ResolutionImportStore.NewImport(ImportKind.RESULTS, null, p.id(), p.orgPath(),
                fileName == null ? "" : fileName.strip(), sheet.sheetName(), sheet.headerRow(), sheet.labels(),
                sheet.mapping(), sheet.converted(), user.username()));
        store.insertRows(id, sheet.rows());
        ImportRecord rec = store.find(id).orElseThrow();
        store.saveChecked(id, check(rec, p).stream().map(Checked::outcome).toList(), null);
        return id;
    }

    Optional<String> recognise(String label, Locale locale) {
        String k = Labels.key(label);
        String field = SYNONYMS.get(k);
        if (field != null) {
            return Optional.of(field);
        }
        for (Locale l : List.of(locale, Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            for (String f : FIELDS) {
                if (Labels.key(columnLabel(f, l)).equals(k)) {
                    return Optional.of(f);
                }
            }
        }
        if (k.startsWith("ke hoach ") || k.startsWith("chi tieu nam ")) {
            return Optional.of(PLAN);
        }
        if (k.startsWith("gia tri ") || k.startsWith("thuc hien ") || k.startsWith("ket qua ")) {
            return Optional.of(VALUE);
        }
        return Optional.empty();
    }

    /** A row checked: what confirming does and the value it enters. */
    record Checked(RowOutcome outcome, Long targetId, Long organizationId, BigDecimal value, BigDecimal total,
            String note) {}

    List<Checked> check(ImportRecord rec, ReportingPeriod p) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> mapping = rec.mapping();
        List<String> headers = rec.headers();
        List<Slot> slots = slots(p);
        List<Resolution> inForce = slots.stream().map(Slot::resolution).distinct().toList();
        List<Resolution> all = resolutions.ofOrganizationInYear(p.organizationId(), p.year());
        Labels<Long> resolutionNames = new Labels<>();
        for (Resolution r : all) {
            resolutionNames.add(r.id(), resolutionLabel(r), r.title(),
                    r.number() == null ? r.title() : r.number() + " " + r.title());
        }
        Map<Long, Resolution> resolutionById = new HashMap<>();
        all.forEach(r -> resolutionById.put(r.id(), r));
        List<SheetData.Row> rows = store.rows(rec.id());
        // which rows name the same value, to tell each of them
        Map<String, List<Integer>> rowsOfSlot = new HashMap<>();
        List<Object[]> located = new ArrayList<>(rows.size());
        for (SheetData.Row row : rows) {
            Object[] l = locate(row, mapping, headers, slots, all, resolutionNames, resolutionById, locale);
            located.add(l);
            if (l[0] instanceof Slot s && !UploadedSheet.cell(row, mapping, VALUE).isEmpty()) {
                rowsOfSlot.computeIfAbsent(s.target().id() + "/" + s.organizationId(), k -> new ArrayList<>())
                        .add(row.number());
            }
        }
        List<Checked> checked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            checked.add(checkRow(rows.get(i), located.get(i), mapping, headers, p, inForce.size() > 1, rowsOfSlot,
                    locale));
        }
        return checked;
    }

    /**
     * The value a row is about: {slot, null} when found, {null, problem, label} when not. The resolution column may be
     * left blank when the STT names one target only; a cascaded target needs the owner, a direct one may leave it out.
     */
    private Object[] locate(SheetData.Row row, List<String> mapping, List<String> headers, List<Slot> slots,
            List<Resolution> all, Labels<Long> resolutionNames, Map<Long, Resolution> resolutionById, Locale locale) {
        String resolutionText = UploadedSheet.cell(row, mapping, RESOLUTION);
        String code = TargetImport.code(UploadedSheet.cell(row, mapping, CODE));
        String name = VietnameseText.cleanToNull(UploadedSheet.cell(row, mapping, NAME));
        String ownerText = VietnameseText.cleanToNull(UploadedSheet.cell(row, mapping, OWNER));
        String label = (code == null ? "" : code + ". ") + (name == null ? "" : name)
                + (ownerText == null ? "" : " — " + ownerText);
        List<Slot> candidates = slots;
        if (!resolutionText.isEmpty()) {
            Long id = resolutionNames.match(resolutionText).orElse(null);
            if (id == null) {
                return new Object[] {null, RowProblem.of(header(RESOLUTION, mapping, headers, locale),
                        "period.import.row.unknownResolution", resolutionText), label};
            }
            candidates = slots.stream().filter(s -> s.resolution().id() == id).toList();
            if (candidates.isEmpty()) {
                return new Object[] {null, RowProblem.of(null, "period.import.row.noTargets",
                        resolutionLabel(resolutionById.get(id))), label};
            }
        }
        List<Slot> ofTarget;
        if (code != null) {
            ofTarget = candidates.stream().filter(s -> s.target().code().equals(code)).toList();
        } else if (name != null) {
            String key = Labels.key(name);
            ofTarget = candidates.stream().filter(s -> Labels.key(s.target().name()).equals(key)).toList();
        } else {
            return new Object[] {null, RowProblem.of(header(CODE, mapping, headers, locale),
                    "resolution.import.row.required"), label};
        }
        if (ofTarget.isEmpty()) {
            String where = resolutionText.isEmpty() ? msg("period.import.row.inForce", locale)
                    : resolutionLabel(candidates.get(0).resolution());
            return new Object[] {null, code != null
                    ? RowProblem.of(header(CODE, mapping, headers, locale), "period.import.row.unknownCode", code, where)
                    : RowProblem.of(header(NAME, mapping, headers, locale), "period.import.row.unknownName", name, where),
                    label};
        }
        if (ofTarget.stream().map(s -> s.target().id()).distinct().count() > 1) {
            return new Object[] {null, RowProblem.of(header(RESOLUTION, mapping, headers, locale),
                    "period.import.row.whichResolution", code != null ? code : name), label};
        }
        Target t = ofTarget.get(0).target();
        label = t.code() + ". " + t.name() + (ownerText == null && t.rollup() == Rollup.DIRECT ? ""
                : " — " + (ownerText == null ? "" : ownerText));
        if (t.rollup() == Rollup.DIRECT) {
            Slot s = ofTarget.get(0);
            if (ownerText != null && !Labels.key(ownerText).equals(Labels.key(s.organizationName()))
                    && targets.owners(t.id()).stream().noneMatch(o -> organizations.find(o)
                            .map(x -> Labels.key(x.name()).equals(Labels.key(ownerText))).orElse(false))) {
                return new Object[] {null, RowProblem.of(header(OWNER, mapping, headers, locale),
                        "period.import.row.notAnOwner", ownerText), label};
            }
            return new Object[] {s, null, t.code() + ". " + t.name()};
        }
        if (ownerText == null) {
            return new Object[] {null, RowProblem.of(header(OWNER, mapping, headers, locale),
                    "period.import.row.ownerRequired"), label};
        }
        Labels<Slot> owners = new Labels<>();
        ofTarget.forEach(s -> owners.add(s, s.organizationName()));
        Slot s = owners.match(ownerText).orElse(null);
        if (s == null) {
            return new Object[] {null, RowProblem.of(header(OWNER, mapping, headers, locale),
                    "period.import.row.notAnOwner", ownerText), label};
        }
        return new Object[] {s, null, t.code() + ". " + t.name() + " — " + s.organizationName()};
    }

    private Checked checkRow(SheetData.Row row, Object[] located, List<String> mapping, List<String> headers,
            ReportingPeriod p, boolean manyResolutions, Map<String, List<Integer>> rowsOfSlot, Locale locale) {
        String valueText = UploadedSheet.cell(row, mapping, VALUE);
        Slot slot = (Slot) located[0];
        String label = (String) located[2];
        if (slot != null && manyResolutions) {
            label = resolutionLabel(slot.resolution()) + " · " + label;
        }
        if (valueText.isEmpty()) {
            return new Checked(new RowOutcome(row.number(), RowAction.BLANK, label, List.of()), null, null, null, null,
                    null);
        }
        List<RowProblem> problems = new ArrayList<>();
        if (slot == null) {
            problems.add((RowProblem) located[1]);
            return new Checked(new RowOutcome(row.number(), RowAction.ERROR, label, problems), null, null, null, null,
                    null);
        }
        Target t = slot.target();
        TargetResult existing = slot.result();
        if (entry.isCounted(t.id())) {
            // counted from the records: never typed over, whatever the file says
            problems.add(RowProblem.of(header(VALUE, mapping, headers, locale), "result.validation.counted"));
            return new Checked(new RowOutcome(row.number(), RowAction.ERROR, label, problems), null, null, null, null,
                    null);
        }
        Set<String> unreadable = new HashSet<>();
        BigDecimal value = ImportNumbers.read(row, mapping, headers, VALUE, problems, unreadable);
        BigDecimal total = mapping.contains(TOTAL) ? ImportNumbers.read(row, mapping, headers, TOTAL, problems, unreadable)
                : existing == null ? null : existing.total();
        if (t.kind() != TargetKind.COUNT_OF_TOTAL) {
            total = null;
        }
        String note = mapping.contains(NOTE) ? VietnameseText.cleanToNull(UploadedSheet.cell(row, mapping, NOTE))
                : existing == null ? null : existing.note();
        for (Violation v : TargetResults.validate(t, value, total, note)) {
            String field = switch (v.field()) {
                case "value" -> VALUE;
                case "total" -> TOTAL;
                default -> NOTE;
            };
            if (unreadable.contains(field)) {
                continue; // told already
            }
            String key = v.messageKey().equals("validation.required") ? "resolution.import.row.required"
                    : v.messageKey();
            problems.add(RowProblem.of(header(field, mapping, headers, locale), key, v.args().toArray()));
        }
        List<Integer> same = rowsOfSlot.getOrDefault(t.id() + "/" + slot.organizationId(), List.of());
        if (same.size() > 1) {
            problems.add(RowProblem.of(null, "period.import.row.duplicate", String.join(", ", same.stream()
                    .filter(n -> n != row.number()).map(String::valueOf).toList())));
        }
        if (p.closed()) {
            problems.add(RowProblem.of(null, "period.import.row.closed"));
        }
        if (!entry.mayEnter(t, slot.resolution(), slot.organizationId())) {
            problems.add(RowProblem.of(null, "period.import.row.notAllowed", slot.organizationName()));
        }
        // Row checks of the staged import's checker for results go here, each adding its RowProblem: a value counted
        // from the records (issue 8 part 1.1) is refused here, as the entry form refuses it.
        RowAction action;
        List<RowOutcome.Change> changes = new ArrayList<>();
        if (!problems.isEmpty()) {
            action = RowAction.ERROR;
        } else if (existing == null) {
            action = RowAction.CREATE;
        } else {
            TargetImport.change(changes, header(VALUE, mapping, headers, locale), existing.value(), value);
            TargetImport.change(changes, header(TOTAL, mapping, headers, locale), existing.total(), total);
            TargetImport.change(changes, header(NOTE, mapping, headers, locale), existing.note(), note);
            action = changes.isEmpty() ? RowAction.UNCHANGED : RowAction.UPDATE;
        }
        return new Checked(new RowOutcome(row.number(), action, label, problems, changes), t.id(),
                slot.organizationId(), value, total, note);
    }

    private String header(String field, List<String> mapping, List<String> headers, Locale locale) {
        int c = mapping.indexOf(field);
        return c >= 0 ? headers.get(c) : columnLabel(field, locale);
    }

    /** What the preview page shows: counts, every bad row with every reason, and the values a confirmation enters. */
    public record Preview(ImportRecord record, ReportingPeriod period, String organizationName, List<RowOutcome> errors,
            List<RowOutcome> changes) {}

    @Transactional(readOnly = true)
    public Preview preview(long periodId, long importId) {
        ImportRecord rec = get(periodId, importId);
        ReportingPeriod p = period(periodId);
        ImportSteps.Outcomes outcomes = steps.outcomes(importId);
        return new Preview(rec, p, organizations.get(p.organizationId()).name(), outcomes.errors(),
                outcomes.changes());
    }

    /** An import of the signed-in account for this period; anything else is not found. */
    @Transactional(readOnly = true)
    public ImportRecord get(long periodId, long importId) {
        CurrentUser user = guard.require(Permission.RESULT_ENTER);
        ImportRecord rec = store.find(importId)
                .filter(i -> i.kind() == ImportKind.RESULTS && Objects.equals(i.periodId(), periodId)
                        && i.createdBy().equals(user.username()))
                .orElseThrow(() -> DomainException.notFound("IMPORT_NOT_FOUND", "resolution.import.notFound"));
        period(periodId);
        return rec;
    }

    /**
     * Enters every value to import in one transaction, after checking the rows again against the period as it is
     * now: when anything changed since the preview (a value entered meanwhile, the period closed), nothing is written
     * and the preview comes back with a notice. With bad rows, nothing is written unless {@code onlyValid} asks
     * explicitly for the valid rows alone.
     */
    public Confirmation confirm(long periodId, long importId, boolean onlyValid) {
        ImportRecord rec = get(periodId, importId);
        ReportingPeriod p = period(periodId);
        Optional<ImportSteps.Written> written = steps.confirm(rec, onlyValid, () -> check(rec, p), Checked::outcome,
                (c, action) -> entry.enter(periodId, c.targetId(), c.organizationId(), c.value(), c.total(), c.note(),
                        entry.currentVersion(periodId, c.targetId(), c.organizationId()), List.of()));
        if (written.isEmpty()) {
            return Confirmation.CHECKED_AGAIN;
        }
        ImportSteps.Written w = written.get();
        audit.record(AuditAction.IMPORT, AUDIT_TYPE, importId, p.orgPath(), "Nhập số liệu kỳ " + p.kind().name() + " "
                + p.year() + " từ tệp " + rec.fileName() + ": nhập mới " + w.created() + ", sửa " + w.updated()
                + ", bỏ qua " + rec.errorCount() + " dòng lỗi", null, w.summary());
        return Confirmation.DONE;
    }

    /** Drops an import that waits for confirmation, with its rows. */
    public void discard(long periodId, long importId) {
        steps.discard(get(periodId, importId));
    }

    /** Whether the account may enter any value of the period (the page shows the import link then). */
    @Transactional(readOnly = true)
    public boolean mayImport(ReportingPeriod p) {
        if (!guard.can(Permission.RESULT_ENTER) || !guard.related(p.orgPath())) {
            return false;
        }
        return slots(p).stream().anyMatch(s -> entry.mayEnter(s.target(), s.resolution(), s.organizationId()));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

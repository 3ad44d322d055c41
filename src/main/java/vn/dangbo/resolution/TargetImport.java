package vn.dangbo.resolution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.resolution.ResolutionManagement.ResolutionView;
import vn.dangbo.resolution.ResolutionManagement.TargetView;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.domain.Target;
import vn.dangbo.resolution.domain.TargetPlan;
import vn.dangbo.resolution.domain.TargetRepository;
import vn.dangbo.resolution.domain.TargetValidator;
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
 * The targets of a resolution in Excel: a template prefilled with the targets there are (so that export, edit and
 * import round-trip), and its import in steps the user sees — upload, a preview that checks every row with the rules
 * of the target form ({@link TargetValidator}) and lists every bad row with all its reasons while writing nothing,
 * then the confirmation, which writes every row in one transaction through {@link ResolutionManagement#addTarget}
 * and {@link ResolutionManagement#updateTarget} (so audit and rules apply). A row whose STT is already a target's
 * updates that target. Needs RESOLUTION_MANAGE within the resolution's organization; an import belongs to the account
 * that uploaded it. Contract: docs/resolution-excel.md.
 */
@Service
@Transactional
public class TargetImport {

    static final String AUDIT_TYPE = "TARGET_IMPORT";
    /** A resolution has a dozen or two targets; a file of more rows is no list of targets. */
    static final int MAX_ROWS = 500;
    /** Rows of the template formatted (and with drop-downs) beyond the targets there are. */
    static final int SPARE_ROWS = 100;

    static final String CODE = "CODE";
    static final String NAME = "NAME";
    static final String UNIT = "UNIT";
    static final String AREA = "AREA";
    static final String KIND = "KIND";
    static final String ACCUMULATION = "ACCUMULATION";
    static final String PLAN = "PLAN:";
    static final String TOTAL = "TOTAL:";
    /** A "Tổng số" column without a year: the total of every year's plan. */
    static final String TOTAL_ALL = "TOTAL";
    static final String TERM = "TERM";
    static final String INDICATOR = "INDICATOR";
    static final String NOTES = "NOTES";

    private static final Pattern PLAN_YEAR = Pattern.compile("(?:(?:ke hoach|kh|chi tieu)(?: nam)? |nam )?(\\d{4})");
    private static final Pattern TOTAL_YEAR = Pattern.compile("tong so(?: nam)?(?: (\\d{4}))?(?: x y)?");
    private static final Map<String, String> SYNONYMS = synonyms();

    private final ResolutionManagement management;
    private final TargetRepository targets;
    private final TargetValidator validator;
    private final ResolutionImportStore store;
    private final ImportSteps steps;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final MessageSource messages;

    TargetImport(ResolutionManagement management, TargetRepository targets, TargetValidator validator,
            ResolutionImportStore store, ImportSteps steps, AccessGuard guard, AuditTrail audit, MessageSource messages) {
        this.management = management;
        this.targets = targets;
        this.validator = validator;
        this.store = store;
        this.steps = steps;
        this.guard = guard;
        this.audit = audit;
        this.messages = messages;
    }

    private static Map<String, String> synonyms() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("stt", "so thu tu", "tt", "ma chi tieu", "so tt")) {
            m.put(s, CODE);
        }
        for (String s : List.of("chi tieu", "ten chi tieu", "noi dung chi tieu", "chi tieu chu yeu", "noi dung")) {
            m.put(s, NAME);
        }
        for (String s : List.of("don vi tinh", "dvt", "don vi do")) {
            m.put(s, UNIT);
        }
        m.put("linh vuc", AREA);
        for (String s : List.of("loai chi tieu", "loai")) {
            m.put(s, KIND);
        }
        for (String s : List.of("cach tinh", "cach tinh theo thoi gian", "cach tinh gia tri")) {
            m.put(s, ACCUMULATION);
        }
        for (String s : List.of("ca nhiem ky", "nhiem ky", "chi tieu ca nhiem ky", "ke hoach ca nhiem ky",
                "gia tri ca nhiem ky")) {
            m.put(s, TERM);
        }
        for (String s : List.of("chi tieu chung cua tinh", "chi tieu chung", "ma chi tieu chung")) {
            m.put(s, INDICATOR);
        }
        for (String s : List.of("ghi chu", "ghi chu giai trinh")) {
            m.put(s, NOTES);
        }
        return Map.copyOf(m);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Template
    // ---------------------------------------------------------------------------------------------------------------

    /** The template of a resolution's targets, prefilled with those there are. */
    @Transactional(readOnly = true)
    public byte[] template(long resolutionId) {
        Resolution r = management.manageable(resolutionId);
        ResolutionView view = management.view(resolutionId);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> fields = templateFields(r);
        List<String> labels = fields.stream().map(f -> columnLabel(f, locale)).toList();
        List<Integer> widths = fields.stream().map(f -> switch (f) {
            case NAME -> 48;
            case NOTES -> 36;
            case INDICATOR -> 30;
            case AREA, KIND -> 26;
            case ACCUMULATION -> 22;
            case CODE -> 7;
            default -> 13;
        }).toList();
        List<Boolean> numeric = fields.stream().map(f -> f.startsWith(PLAN) || f.startsWith(TOTAL) || f.equals(TERM))
                .toList();
        List<Boolean> readOnly = fields.stream().map(f -> false).toList();
        Map<String, String> indicatorNames = new LinkedHashMap<>();
        targets.indicators().forEach(i -> indicatorNames.put(i[0], i[1]));
        int headerRow = 3;
        int first = headerRow + 1;
        int last = first + view.targets().size() + SPARE_ROWS - 1;
        try (TemplateWorkbook wb = new TemplateWorkbook(msg("target.import.sheet", locale))) {
            wb.titleBlock(msg("target.import.template.title", locale, r.title()),
                    msg("target.import.template.hint", locale), fields.size());
            wb.header(headerRow, labels, widths);
            wb.prepare(first, last, numeric, readOnly);
            int row = first;
            for (TargetView v : view.targets()) {
                Target t = v.target();
                for (int c = 0; c < fields.size(); c++) {
                    String f = fields.get(c);
                    switch (f) {
                        case CODE -> wb.set(row, c, t.code());
                        case NAME -> wb.set(row, c, t.name());
                        case UNIT -> wb.set(row, c, t.unit());
                        case AREA -> wb.set(row, c, msg(t.area().messageKey(), locale));
                        case KIND -> wb.set(row, c, msg(t.kind().messageKey(), locale));
                        case ACCUMULATION -> wb.set(row, c, msg(t.accumulation().messageKey(), locale));
                        case TERM -> wb.set(row, c, t.termValue());
                        case INDICATOR -> wb.set(row, c, t.indicatorCode() == null ? null
                                : indicatorNames.getOrDefault(t.indicatorCode(), t.indicatorCode()));
                        case NOTES -> wb.set(row, c, t.notes());
                        default -> {
                            TargetPlan p = v.plans().get(year(f));
                            if (p != null) {
                                wb.set(row, c, f.startsWith(PLAN) ? p.planValue() : p.total());
                            }
                        }
                    }
                }
                row++;
            }
            wb.dropdown("DS_LinhVuc", labelsOf(Area.values(), locale), fields.indexOf(AREA), first, last, true);
            wb.dropdown("DS_LoaiChiTieu", labelsOf(TargetKind.values(), locale), fields.indexOf(KIND), first, last, true);
            wb.dropdown("DS_CachTinh", labelsOf(Accumulation.values(), locale), fields.indexOf(ACCUMULATION), first,
                    last, true);
            wb.dropdown("DS_ChiTieuChung", List.copyOf(indicatorNames.values()), fields.indexOf(INDICATOR), first, last,
                    false);
            return wb.bytes();
        }
    }

    /** The template's columns: STT … Cách tính, a plan per year, a total per year (x/y), term, indicator, notes. */
    static List<String> templateFields(Resolution r) {
        List<String> fields = new ArrayList<>(List.of(CODE, NAME, UNIT, AREA, KIND, ACCUMULATION));
        for (int y = r.startYear(); y <= r.endYear(); y++) {
            fields.add(PLAN + y);
        }
        for (int y = r.startYear(); y <= r.endYear(); y++) {
            fields.add(TOTAL + y);
        }
        fields.addAll(List.of(TERM, INDICATOR, NOTES));
        return fields;
    }

    private String columnLabel(String field, Locale locale) {
        if (field.startsWith(PLAN)) {
            return msg("target.import.col.plan", locale, year(field));
        }
        if (field.startsWith(TOTAL)) {
            return msg("target.import.col.total", locale, year(field));
        }
        return msg(switch (field) {
            case CODE -> "target.import.col.code";
            case NAME -> "target.import.col.name";
            case UNIT -> "target.import.col.unit";
            case AREA -> "target.import.col.area";
            case KIND -> "target.import.col.kind";
            case ACCUMULATION -> "target.import.col.accumulation";
            case TERM -> "target.import.col.term";
            case INDICATOR -> "target.import.col.indicator";
            case NOTES -> "target.import.col.notes";
            case TOTAL_ALL -> "target.import.col.totalAll";
            default -> throw new IllegalArgumentException(field);
        }, locale);
    }

    private static int year(String field) {
        return Integer.parseInt(field.substring(field.indexOf(':') + 1));
    }

    private List<String> labelsOf(Enum<?>[] values, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (Enum<?> e : values) {
            labels.add(msg(messageKey(e), locale));
        }
        return labels;
    }

    private static String messageKey(Enum<?> e) {
        if (e instanceof Area a) {
            return a.messageKey();
        }
        if (e instanceof TargetKind k) {
            return k.messageKey();
        }
        return ((Accumulation) e).messageKey();
    }

    /** The resolution, for someone who may change its targets (RESOLUTION_MANAGE within its organization). */
    @Transactional(readOnly = true)
    public Resolution resolution(long resolutionId) {
        return management.manageable(resolutionId);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Upload, check, preview
    // ---------------------------------------------------------------------------------------------------------------

    /** Reads an uploaded file, keeps its rows and checks every one; nothing is written to the targets. */
    public long upload(long resolutionId, String fileName, byte[] content) {
        CurrentUser user = guard.require(Permission.RESOLUTION_MANAGE);
        Resolution r = management.manageable(resolutionId);
        Locale locale = LocaleContextHolder.getLocale();
        UploadedSheet sheet = UploadedSheet.read(fileName, content, MAX_ROWS, label -> recognise(label, r, locale),
                fields -> fields.contains(CODE) && fields.size() >= 2, "target.import.error.noHeader");
        long id = store.create(new ResolutionImportStore.NewImport(ImportKind.TARGETS, r.id(), null, r.orgPath(),
                fileName == null ? "" : fileName.strip(), sheet.sheetName(), sheet.headerRow(), sheet.labels(),
                sheet.mapping(), sheet.converted(), user.username()));
        store.insertRows(id, sheet.rows());
        ImportRecord rec = store.find(id).orElseThrow();
        store.saveChecked(id, check(rec, r).stream().map(Checked::outcome).toList(), null);
        return id;
    }

    /** The field a header names: the template's labels, their synonyms, "Kế hoạch 2026", "Tổng số 2026 (x/y)". */
    Optional<String> recognise(String label, Resolution r, Locale locale) {
        String k = Labels.key(label);
        String field = SYNONYMS.get(k);
        if (field != null) {
            return Optional.of(field);
        }
        for (Locale l : List.of(locale, Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            for (String f : templateFields(r)) {
                if (Labels.key(columnLabel(f, l)).equals(k)) {
                    return Optional.of(f);
                }
            }
        }
        if (k.equals("ke hoach") || k.equals("ke hoach nam") || k.equals("chi tieu nam")) {
            return r.startYear() == r.endYear() ? Optional.of(PLAN + r.startYear()) : Optional.empty();
        }
        Matcher m = PLAN_YEAR.matcher(k);
        if (m.matches()) {
            return Optional.of(PLAN + m.group(1));
        }
        m = TOTAL_YEAR.matcher(k);
        if (m.matches()) {
            return Optional.of(m.group(1) == null ? TOTAL_ALL : TOTAL + m.group(1));
        }
        return Optional.empty();
    }

    /** A row checked: what confirming does and the target it writes. */
    record Checked(RowOutcome outcome, TargetData data, Long targetId, Integer version) {}

    /** Checks every row of an import against the resolution's targets as they are now. */
    List<Checked> check(ImportRecord rec, Resolution r) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> mapping = rec.mapping();
        List<String> headers = rec.headers();
        Map<String, Target> byCode = new HashMap<>();
        targets.ofResolution(r.id()).forEach(t -> byCode.put(t.code(), t));
        Map<Long, Map<Integer, TargetData.Plan>> plans = new HashMap<>();
        for (TargetPlan p : targets.plansOfResolution(r.id())) {
            plans.computeIfAbsent(p.targetId(), k -> new TreeMap<>()).put(p.year(),
                    new TargetData.Plan(p.planValue(), p.total()));
        }
        Map<Long, List<Long>> owners = new HashMap<>();
        for (long[] o : targets.ownersOfResolution(r.id())) {
            owners.computeIfAbsent(o[0], k -> new ArrayList<>()).add(o[1]);
        }
        Labels<Area> areas = choices(Area.values(), locale, AREA_WORDS);
        Labels<TargetKind> kinds = choices(TargetKind.values(), locale, KIND_WORDS);
        Labels<Accumulation> accumulations = choices(Accumulation.values(), locale, ACCUMULATION_WORDS);
        Labels<String> indicators = new Labels<>();
        Map<String, String> indicatorNames = new HashMap<>();
        targets.indicators().forEach(i -> {
            indicators.add(i[0], i[0], i[1]);
            indicatorNames.put(i[0], i[1]);
        });
        Map<String, List<Integer>> rowsOfCode = new HashMap<>();
        List<SheetData.Row> rows = store.rows(rec.id());
        for (SheetData.Row row : rows) {
            String code = code(UploadedSheet.cell(row, mapping, CODE));
            if (code != null) {
                rowsOfCode.computeIfAbsent(code, k -> new ArrayList<>()).add(row.number());
            }
        }
        List<Checked> checked = new ArrayList<>(rows.size());
        for (SheetData.Row row : rows) {
            checked.add(checkRow(row, mapping, headers, r, byCode, plans, owners, areas, kinds, accumulations,
                    indicators, indicatorNames, rowsOfCode, locale));
        }
        return checked;
    }

    private Checked checkRow(SheetData.Row row, List<String> mapping, List<String> headers, Resolution r,
            Map<String, Target> byCode, Map<Long, Map<Integer, TargetData.Plan>> plans, Map<Long, List<Long>> owners,
            Labels<Area> areas, Labels<TargetKind> kinds, Labels<Accumulation> accumulations, Labels<String> indicators,
            Map<String, String> indicatorNames, Map<String, List<Integer>> rowsOfCode, Locale locale) {
        List<RowProblem> problems = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        String code = code(UploadedSheet.cell(row, mapping, CODE));
        Target existing = code == null ? null : byCode.get(code);
        String name = text(row, mapping, NAME, existing == null ? null : existing.name(), true);
        String label = (code == null ? "" : code + ". ") + (name == null ? "" : name);
        if (code == null) {
            problems.add(RowProblem.of(header(CODE, mapping, headers, locale), "resolution.import.row.required"));
        } else if (rowsOfCode.get(code).size() > 1) {
            List<Integer> others = rowsOfCode.get(code).stream().filter(n -> n != row.number()).toList();
            problems.add(RowProblem.of(header(CODE, mapping, headers, locale), "target.import.row.duplicateCode",
                    code, others.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
        }
        Area area = choice(row, mapping, headers, AREA, areas, existing == null ? null : existing.area(),
                Area.values(), problems, unreadable, locale);
        TargetKind kind = choice(row, mapping, headers, KIND, kinds, existing == null ? null : existing.kind(),
                TargetKind.values(), problems, unreadable, locale);
        Accumulation accumulation = choice(row, mapping, headers, ACCUMULATION, accumulations,
                existing == null ? null : existing.accumulation(), Accumulation.values(), problems, unreadable, locale);
        String unit = text(row, mapping, UNIT, existing == null ? null : existing.unit(), false);
        String notes = text(row, mapping, NOTES, existing == null ? null : existing.notes(), false);
        BigDecimal term = mapping.contains(TERM) ? ImportNumbers.read(row, mapping, headers, TERM, problems, unreadable)
                : existing == null ? null : existing.termValue();
        String indicator = existing == null ? null : existing.indicatorCode();
        if (mapping.contains(INDICATOR)) {
            String cell = UploadedSheet.cell(row, mapping, INDICATOR);
            indicator = null;
            if (!cell.isEmpty()) {
                indicator = indicators.match(cell).orElse(null);
                if (indicator == null) {
                    problems.add(RowProblem.of(header(INDICATOR, mapping, headers, locale),
                            "target.import.row.unknownIndicator", cell));
                }
            }
        }
        // plans: a year's column present sets (or, blank, removes) that year's plan; other years stay as they are
        Map<Integer, TargetData.Plan> planMap = new TreeMap<>(existing == null ? Map.of()
                : plans.getOrDefault(existing.id(), Map.of()));
        Map<Integer, String> planColumn = new HashMap<>();
        BigDecimal totalAll = mapping.contains(TOTAL_ALL)
                ? ImportNumbers.read(row, mapping, headers, TOTAL_ALL, problems, unreadable)
                : null;
        for (int c = 0; c < mapping.size(); c++) {
            String f = mapping.get(c);
            if (!f.startsWith(PLAN)) {
                continue;
            }
            int y = year(f);
            planColumn.put(y, headers.get(c));
            BigDecimal value = ImportNumbers.read(row, mapping, headers, f, problems, unreadable);
            String totalField = TOTAL + y;
            BigDecimal total = mapping.contains(totalField)
                    ? ImportNumbers.read(row, mapping, headers, totalField, problems, unreadable)
                    : mapping.contains(TOTAL_ALL) ? totalAll
                    : planMap.get(y) == null ? null : planMap.get(y).total();
            if (value == null) {
                planMap.remove(y);
            } else {
                planMap.put(y, new TargetData.Plan(value, kind == TargetKind.COUNT_OF_TOTAL ? total : null));
            }
        }
        for (int c = 0; c < mapping.size(); c++) {
            String f = mapping.get(c);
            if (f.startsWith(TOTAL) && !f.equals(TOTAL_ALL) && !mapping.contains(PLAN + year(f))) {
                // a total without its plan column: it belongs to the plan the target has
                int y = year(f);
                BigDecimal total = ImportNumbers.read(row, mapping, headers, f, problems, unreadable);
                TargetData.Plan p = planMap.get(y);
                if (p != null) {
                    planMap.put(y, new TargetData.Plan(p.value(), kind == TargetKind.COUNT_OF_TOTAL ? total : null));
                }
            }
        }
        TargetData data = new TargetData(code, name, unit, area, kind, accumulation, term,
                existing == null ? 2 : existing.displayDecimals(), existing == null ? Rollup.DIRECT : existing.rollup(),
                indicator, notes, planMap, existing == null ? List.of() : owners.getOrDefault(existing.id(), List.of()));
        problems.addAll(violations(data, r, mapping, headers, planColumn, unreadable, locale));
        RowAction action;
        List<RowOutcome.Change> changes = List.of();
        if (!problems.isEmpty()) {
            action = RowAction.ERROR;
        } else if (existing == null) {
            action = RowAction.CREATE;
        } else {
            changes = changes(existing, plans.getOrDefault(existing.id(), Map.of()), data, mapping, headers,
                    planColumn, indicatorNames, locale);
            action = changes.isEmpty() ? RowAction.UNCHANGED : RowAction.UPDATE;
        }
        return new Checked(new RowOutcome(row.number(), action, label, problems, changes), data,
                existing == null ? null : existing.id(), existing == null ? null : existing.version());
    }

    /** The rules of the target form; a plan's problem is told against that year's column. */
    private List<RowProblem> violations(TargetData data, Resolution r, List<String> mapping, List<String> headers,
            Map<Integer, String> planColumn, Set<String> unreadable, Locale locale) {
        List<RowProblem> problems = new ArrayList<>();
        TargetData withoutPlans = new TargetData(data.code(), data.name(), data.unit(), data.area(), data.kind(),
                data.accumulation(), data.termValue(), data.displayDecimals(), data.rollup(), data.indicatorCode(),
                data.notes(), Map.of(), data.ownerIds());
        for (Violation v : validator.validate(withoutPlans, r)) {
            String field = fieldOf(v.field());
            if ((CODE.equals(field) && v.messageKey().equals("validation.required")) || unreadable.contains(field)) {
                continue; // told already
            }
            problems.add(problem(v, field, mapping, headers, locale));
        }
        for (Map.Entry<Integer, TargetData.Plan> e : data.plans().entrySet()) {
            TargetData one = new TargetData(data.code(), data.name(), data.unit(), data.area(), data.kind(),
                    data.accumulation(), null, data.displayDecimals(), Rollup.DIRECT, null, null,
                    Map.of(e.getKey(), e.getValue()), List.of());
            for (Violation v : validator.validate(one, r)) {
                if (v.field().equals("plans")) {
                    String column = planColumn.getOrDefault(e.getKey(), columnLabel(PLAN + e.getKey(), locale));
                    problems.add(RowProblem.of(column, v.messageKey(), v.args().toArray()));
                }
            }
        }
        return problems;
    }

    private RowProblem problem(Violation v, String field, List<String> mapping, List<String> headers, Locale locale) {
        String key = v.messageKey().equals("validation.required") ? "resolution.import.row.required" : v.messageKey();
        return RowProblem.of(field == null ? null : header(field, mapping, headers, locale), key, v.args().toArray());
    }

    private static String fieldOf(String violationField) {
        return switch (violationField) {
            case "code" -> CODE;
            case "name" -> NAME;
            case "area" -> AREA;
            case "kind" -> KIND;
            case "accumulation" -> ACCUMULATION;
            case "termValue" -> TERM;
            default -> null;
        };
    }

    /** What a checked row changes in a target, column by column; nothing when it leaves the target as it is. */
    private List<RowOutcome.Change> changes(Target t, Map<Integer, TargetData.Plan> plans, TargetData d,
            List<String> mapping, List<String> headers, Map<Integer, String> planColumn,
            Map<String, String> indicatorNames, Locale locale) {
        List<RowOutcome.Change> changes = new ArrayList<>();
        change(changes, header(NAME, mapping, headers, locale), t.name(), d.name());
        change(changes, header(UNIT, mapping, headers, locale), t.unit(), d.unit());
        change(changes, header(AREA, mapping, headers, locale), label(t.area(), locale), label(d.area(), locale));
        change(changes, header(KIND, mapping, headers, locale), label(t.kind(), locale), label(d.kind(), locale));
        change(changes, header(ACCUMULATION, mapping, headers, locale), label(t.accumulation(), locale),
                label(d.accumulation(), locale));
        change(changes, header(TERM, mapping, headers, locale), t.termValue(), d.termValue());
        change(changes, header(INDICATOR, mapping, headers, locale),
                t.indicatorCode() == null ? null : indicatorNames.getOrDefault(t.indicatorCode(), t.indicatorCode()),
                d.indicatorCode() == null ? null : indicatorNames.getOrDefault(d.indicatorCode(), d.indicatorCode()));
        change(changes, header(NOTES, mapping, headers, locale), t.notes(), d.notes());
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(plans.keySet());
        years.addAll(d.plans().keySet());
        for (int y : years) {
            TargetData.Plan before = plans.get(y);
            TargetData.Plan after = d.plans().get(y);
            String column = planColumn.getOrDefault(y, columnLabel(PLAN + y, locale));
            change(changes, column, before == null ? null : before.value(), after == null ? null : after.value());
            String totalColumn = mapping.contains(TOTAL + y) ? header(TOTAL + y, mapping, headers, locale)
                    : mapping.contains(TOTAL_ALL) ? header(TOTAL_ALL, mapping, headers, locale)
                    : columnLabel(TOTAL + y, locale);
            change(changes, totalColumn, before == null ? null : before.total(), after == null ? null : after.total());
        }
        return changes;
    }

    private String label(Enum<?> e, Locale locale) {
        return e == null ? null : msg(messageKey(e), locale);
    }

    static void change(List<RowOutcome.Change> changes, String column, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new RowOutcome.Change(column, before, after));
        }
    }

    static void change(List<RowOutcome.Change> changes, String column, BigDecimal before, BigDecimal after) {
        if (!sameNumber(before, after)) {
            changes.add(new RowOutcome.Change(column, before == null ? null : VietnameseFormat.compact(before, 4),
                    after == null ? null : VietnameseFormat.compact(after, 4)));
        }
    }

    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** An STT as written: "1", "2a", "1.1" (a number cell 1.1 reads as "1,1" and is given its dot back). */
    static String code(String cell) {
        String s = VietnameseText.cleanToNull(cell);
        if (s == null) {
            return null;
        }
        if (s.matches("\\d+,\\d+")) {
            s = s.replace(',', '.');
        }
        if (s.endsWith(".") && s.length() > 1) {
            s = s.substring(0, s.length() - 1); // "1." as some documents number them
        }
        return s;
    }

    /** A text cell; a column the file lacks keeps the existing value, and so does a blank required one. */
    private static String text(SheetData.Row row, List<String> mapping, String field, String existing,
            boolean required) {
        if (!mapping.contains(field)) {
            return existing;
        }
        String value = VietnameseText.cleanToNull(UploadedSheet.cell(row, mapping, field));
        return value == null && required ? existing : value;
    }

    private <E extends Enum<E>> E choice(SheetData.Row row, List<String> mapping, List<String> headers, String field,
            Labels<E> labels, E existing, E[] values, List<RowProblem> problems, Set<String> unreadable,
            Locale locale) {
        if (!mapping.contains(field)) {
            return existing;
        }
        String cell = UploadedSheet.cell(row, mapping, field);
        if (cell.isEmpty()) {
            return existing;
        }
        Optional<E> value = labels.match(cell);
        if (value.isEmpty()) {
            problems.add(RowProblem.of(header(field, mapping, headers, locale), "resolution.import.row.badChoice", cell,
                    String.join("; ", labelsOf(values, locale))));
            unreadable.add(field);
            return existing;
        }
        return value.get();
    }

    /** The column's header as the file writes it, or the template's label when the file has no such column. */
    private String header(String field, List<String> mapping, List<String> headers, Locale locale) {
        int c = mapping.indexOf(field);
        return c >= 0 ? headers.get(c) : columnLabel(field, locale);
    }

    private <E extends Enum<E>> Labels<E> choices(E[] values, Locale locale, Map<E, List<String>> synonyms) {
        Labels<E> labels = new Labels<>();
        for (E e : values) {
            String key = messageKey(e);
            labels.add(e, msg(key, locale), msg(key, Locale.forLanguageTag("vi")), msg(key, Locale.ENGLISH), e.name());
        }
        synonyms.forEach((e, words) -> labels.add(e, words.toArray(String[]::new)));
        return labels;
    }

    private static final Map<Area, List<String>> AREA_WORDS = Map.of(
            Area.CULTURE_SOCIETY, List.of("văn hóa xã hội", "VH-XH", "VHXH"),
            Area.DEFENCE_SECURITY, List.of("QP-AN", "QPAN", "an ninh quốc phòng"),
            Area.PARTY_BUILDING, List.of("xây dựng Đảng", "XDĐ", "xây dựng Đảng, chính quyền"));
    private static final Map<TargetKind, List<String>> KIND_WORDS = Map.of(
            TargetKind.AT_LEAST, List.of("tối thiểu", "ít nhất"),
            TargetKind.AT_MOST, List.of("trần", "tối đa", "không quá"),
            TargetKind.COUNT_OF_TOTAL, List.of("x/y", "số lượng trên tổng số", "trên tổng số"),
            TargetKind.PERCENT_OF_ESTIMATE, List.of("% dự toán", "dự toán", "so với dự toán"),
            TargetKind.RATE, List.of("tỷ lệ", "tỉ lệ", "tỉ lệ (%)", "tỷ lệ phần trăm"));
    private static final Map<Accumulation, List<String>> ACCUMULATION_WORDS = Map.of(
            Accumulation.CUMULATIVE, List.of("lũy kế", "luỹ kế", "cộng dồn", "lũy kế từ đầu năm"),
            Accumulation.LEVEL, List.of("tại thời điểm", "mức đạt", "thời điểm"));

    /** What the preview page shows: counts, every bad row with every reason, and the rows a confirmation writes. */
    public record Preview(ImportRecord record, Resolution resolution, List<RowOutcome> errors, List<RowOutcome> changes) {}

    @Transactional(readOnly = true)
    public Preview preview(long resolutionId, long importId) {
        ImportRecord rec = get(resolutionId, importId);
        Resolution r = management.readable(resolutionId);
        ImportSteps.Outcomes outcomes = steps.outcomes(importId);
        return new Preview(rec, r, outcomes.errors(), outcomes.changes());
    }

    /** An import of the signed-in account for this resolution; anything else is not found. */
    @Transactional(readOnly = true)
    public ImportRecord get(long resolutionId, long importId) {
        CurrentUser user = guard.require(Permission.RESOLUTION_MANAGE);
        ImportRecord rec = store.find(importId)
                .filter(i -> i.kind() == ImportKind.TARGETS && Objects.equals(i.resolutionId(), resolutionId)
                        && i.createdBy().equals(user.username()))
                .orElseThrow(() -> DomainException.notFound("IMPORT_NOT_FOUND", "resolution.import.notFound"));
        management.manageable(resolutionId);
        return rec;
    }

    /**
     * Writes every row to import in one transaction, after checking them again against the targets as they are now:
     * when anything changed since the preview, nothing is written and the preview comes back with a notice. With bad
     * rows, nothing is written unless {@code onlyValid} asks explicitly for the valid rows alone.
     */
    public Confirmation confirm(long resolutionId, long importId, boolean onlyValid) {
        ImportRecord rec = get(resolutionId, importId);
        Resolution r = management.manageable(resolutionId);
        Optional<ImportSteps.Written> written = steps.confirm(rec, onlyValid, () -> check(rec, r), Checked::outcome,
                (c, action) -> {
                    if (action == RowAction.CREATE) {
                        management.addTarget(resolutionId, c.data());
                    } else {
                        management.updateTarget(c.targetId(), c.version(), c.data());
                    }
                });
        if (written.isEmpty()) {
            return Confirmation.CHECKED_AGAIN;
        }
        ImportSteps.Written w = written.get();
        audit.record(AuditAction.IMPORT, AUDIT_TYPE, importId, r.orgPath(), "Nhập chỉ tiêu của nghị quyết "
                + r.title() + " từ tệp " + rec.fileName() + ": thêm " + w.created() + ", cập nhật " + w.updated()
                + ", bỏ qua " + rec.errorCount() + " dòng lỗi", null, w.summary());
        return Confirmation.DONE;
    }

    /** Drops an import that waits for confirmation, with its rows. */
    public void discard(long resolutionId, long importId) {
        steps.discard(get(resolutionId, importId));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

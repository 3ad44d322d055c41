package vn.dangbo.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.member.importing.CsvReader;
import vn.dangbo.member.importing.FileProblem;
import vn.dangbo.member.importing.HeaderRecognizer;
import vn.dangbo.member.importing.ImportChecker;
import vn.dangbo.member.importing.ImportRecord;
import vn.dangbo.member.importing.ImportStatus;
import vn.dangbo.member.importing.ImportStore;
import vn.dangbo.member.importing.RowAction;
import vn.dangbo.member.importing.RowProblem;
import vn.dangbo.member.importing.RowReader;
import vn.dangbo.member.importing.XlsxReader;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.spreadsheet.LegacyColumns;
import vn.dangbo.shared.spreadsheet.SheetData;

/**
 * Importing a member list from .xlsx or .csv, in steps the user sees: upload (the file is read, legacy TCVN3/VNI
 * text converted, the header found and its columns recognised), column mapping when a header is not recognised,
 * a preview that checks every row and lists every bad row with all its reasons, and the confirmation, which writes
 * all rows to import in one transaction (all or nothing) on a worker thread while a page shows the progress.
 * Rows matching a member by card number or citizen ID update that member instead of adding a second record.
 * Every step needs {@link Permission#MEMBER_IMPORT}, works within the account's scope, and an import belongs to the
 * account that uploaded it. Each member created or updated is audited, and the run once more with its counts.
 */
@Service
@Transactional
public class MemberImport {

    public static final String AUDIT_TYPE = "MEMBER_IMPORT";
    /** Rows shown as a sample of what will be imported. */
    static final int SAMPLE_ROWS = 10;

    private final ImportStore store;
    private final ImportChecker checker;
    private final ImportRunner runner;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final ImportWorkers executor;
    private final Clock clock;

    MemberImport(ImportStore store, ImportChecker checker, ImportRunner runner, OrganizationDirectory organizations,
            AccessGuard guard, ImportWorkers executor, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.checker = checker;
        this.runner = runner;
        this.organizations = organizations;
        this.guard = guard;
        this.executor = executor;
    }

    /** The cells an import may go to as a whole (within the account's scope). */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> targets() {
        guard.require(Permission.MEMBER_IMPORT);
        return organizations.memberHolders(guard.scopePath());
    }

    /** The account's latest imports. */
    @Transactional(readOnly = true)
    public List<ImportRecord> recent() {
        CurrentUser user = guard.require(Permission.MEMBER_IMPORT);
        return store.recent(user.username(), 10);
    }

    /**
     * Reads an uploaded file and keeps its rows; checks them at once when every column was recognised.
     *
     * @param targetOrganizationId the cell of rows whose "Chi bộ" column is blank or missing; may be null
     * @return the new import's id
     */
    public long upload(String fileName, byte[] content, Long targetOrganizationId) {
        CurrentUser user = guard.require(Permission.MEMBER_IMPORT);
        OrganizationSummary target = target(targetOrganizationId);
        String name = fileName == null || fileName.isBlank() ? "" : fileName.strip();
        if (content == null || content.length == 0) {
            throw FileProblem.of("FILE_REQUIRED", "member.import.error.noFile");
        }
        SheetData sheet = read(name, content);
        LegacyColumns.Result converted = LegacyColumns.convert(sheet);
        List<SheetData.Row> rows = converted.sheet().rows();
        HeaderRecognizer.Layout layout = HeaderRecognizer.find(rows);
        List<SheetData.Row> data = rows.subList(Math.min(layout.dataIndex(), rows.size()), rows.size());
        if (data.isEmpty()) {
            throw FileProblem.empty();
        }
        if (data.size() > vn.dangbo.member.importing.ImportLimits.MAX_ROWS) {
            throw FileProblem.tooManyRows();
        }
        List<String> labels = new ArrayList<>(layout.labels());
        int columns = Math.max(labels.size(), converted.sheet().columnCount());
        List<String> mapping = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (c >= labels.size()) {
                labels.add("");
            }
            ImportField f = c < layout.fields().size() ? layout.fields().get(c) : null;
            mapping.add(f == null ? "" : f.name());
        }
        List<ImportRecord.ConvertedColumn> convertedColumns = converted.converted().stream()
                .map(cc -> new ImportRecord.ConvertedColumn(cc.column(), cc.column() < labels.size()
                        ? labels.get(cc.column()) : "", cc.encoding().name()))
                .toList();
        List<List<String>> headerBlock = rows.subList(0, Math.min(layout.dataIndex(), rows.size())).stream()
                .map(SheetData.Row::cells).toList();
        SheetData.Row headerRow = rows.isEmpty() ? null : rows.get(Math.min(layout.headerIndex(), rows.size() - 1));
        boolean needsMapping = !layout.allRecognised() || problemsOf(mapping).size() > 0;
        long id = store.create(new ImportStore.NewImport(name, sheet.encoding(),
                target == null ? null : target.id(), guard.scopePath(), labels, mapping, headerBlock,
                needsMapping ? ImportStatus.MAPPING : ImportStatus.PREVIEW, data.size(), sheet.sheetName(),
                headerRow == null ? 1 : headerRow.number(), layout.headerRowCount(), convertedColumns,
                user.username()));
        store.insertRows(id, data);
        if (!needsMapping) {
            check(store.find(id).orElseThrow(), null);
        }
        return id;
    }

    private SheetData read(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF;
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            return XlsxReader.read(content);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            if (zip || ole) {
                throw FileProblem.of("WRONG_TYPE", "member.import.error.wrongType");
            }
            return CsvReader.read(content);
        }
        throw FileProblem.of("WRONG_TYPE", "member.import.error.wrongType");
    }

    /** An import of the signed-in account, within its scope; anything else is not found. */
    @Transactional(readOnly = true)
    public ImportRecord get(long id) {
        CurrentUser user = guard.require(Permission.MEMBER_IMPORT);
        ImportRecord r = store.find(id)
                .orElseThrow(() -> DomainException.notFound("IMPORT_NOT_FOUND", "member.import.notFound"));
        if (!r.createdBy().equals(user.username())) {
            throw DomainException.notFound("IMPORT_NOT_FOUND", "member.import.notFound");
        }
        if (!guard.within(r.scopePath())) {
            throw new vn.dangbo.shared.security.OutsideScopeException("import outside scope");
        }
        return r;
    }

    /** A column of the file for the mapping page: its letter, header, a few values and the field it maps to. */
    public record Column(int index, String letter, String label, List<String> samples, ImportField field,
            boolean recognised) {}

    @Transactional(readOnly = true)
    public List<Column> columns(long id) {
        ImportRecord r = get(id);
        List<SheetData.Row> rows = store.rows(id);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < r.headers().size(); c++) {
            List<String> samples = new ArrayList<>();
            for (SheetData.Row row : rows) {
                if (!row.cell(c).isBlank()) {
                    samples.add(row.cell(c));
                    if (samples.size() == 3) {
                        break;
                    }
                }
            }
            String label = r.headers().get(c);
            ImportField field = field(r.mapping(), c);
            columns.add(new Column(c, letter(c), label, samples, field,
                    !label.isBlank() && HeaderRecognizer.recogniseLabel(label).isPresent()));
        }
        return columns;
    }

    /** Problems of a mapping as message keys with their arguments (a field chosen twice; no name, card or ID). */
    public record MappingProblem(String key, List<Object> args) {}

    static List<MappingProblem> problemsOf(List<String> mapping) {
        List<MappingProblem> problems = new ArrayList<>();
        Map<ImportField, Integer> seen = new HashMap<>();
        Set<ImportField> repeatable = Set.of(ImportField.ORDINAL, ImportField.STATUS);
        for (int c = 0; c < mapping.size(); c++) {
            ImportField f = field(mapping, c);
            if (f == null || repeatable.contains(f)) {
                continue;
            }
            Integer first = seen.putIfAbsent(f, c);
            if (first != null) {
                problems.add(new MappingProblem("member.import.mapping.twice",
                        List.of(new DefaultMessageSourceResolvable(f.messageKey()), letter(first), letter(c))));
            }
        }
        if (!seen.containsKey(ImportField.FULL_NAME) && !seen.containsKey(ImportField.CARD_NUMBER)
                && !seen.containsKey(ImportField.CITIZEN_ID)) {
            problems.add(new MappingProblem("member.import.mapping.noIdentity", List.of()));
        }
        if (seen.containsKey(ImportField.DATE_OF_BIRTH)
                && (seen.containsKey(ImportField.BIRTH_MALE) || seen.containsKey(ImportField.BIRTH_FEMALE))) {
            problems.add(new MappingProblem("member.import.mapping.birthTwice", List.of()));
        }
        return problems;
    }

    /** Saves the user's mapping; when it holds together, every row is checked and the preview follows. */
    public List<MappingProblem> map(long id, List<String> fields, Long targetOrganizationId) {
        ImportRecord r = get(id);
        requireOpen(r);
        OrganizationSummary target = target(targetOrganizationId);
        List<String> mapping = new ArrayList<>();
        for (int c = 0; c < r.headers().size(); c++) {
            String f = fields != null && c < fields.size() && fields.get(c) != null ? fields.get(c).strip() : "";
            mapping.add(isField(f) ? f : "");
        }
        store.saveMapping(id, mapping, target == null ? null : target.id());
        List<MappingProblem> problems = problemsOf(mapping);
        if (problems.isEmpty()) {
            check(store.find(id).orElseThrow(), null);
        } else {
            store.setStatus(id, ImportStatus.MAPPING);
        }
        return problems;
    }

    /** Back to the mapping page from the preview. */
    public void remap(long id) {
        ImportRecord r = get(id);
        requireOpen(r);
        store.setStatus(id, ImportStatus.MAPPING);
    }

    /** Checks every row against the register now; the import waits for confirmation. */
    void check(ImportRecord r, String notice) {
        List<ImportChecker.Checked> checked = checker.check(store.rows(r.id()), fields(r.mapping()),
                r.targetOrganizationId() == null ? null : organizations.find(r.targetOrganizationId()).orElse(null),
                LocalDate.now(clock));
        ImportRunner.saveChecked(store, r.id(), checked, notice);
    }

    /** What the preview shows: counts, every bad row with every reason, and the first rows to import. */
    public record Preview(ImportRecord record, List<ImportStore.RowOutcome> errors, List<SampleRow> sample,
            List<ImportField> missing, String targetName) {}

    /** A row that will be imported, as the preview shows it. */
    public record SampleRow(int rowNumber, RowAction action, String fullName, LocalDate dateOfBirth, Gender gender,
            String cardNumber, String cellName) {}

    @Transactional(readOnly = true)
    public Preview preview(long id) {
        ImportRecord r = get(id);
        List<ImportField> mapping = fields(r.mapping());
        String targetName = r.targetOrganizationId() == null ? null
                : organizations.find(r.targetOrganizationId()).map(OrganizationSummary::name).orElse(null);
        Map<Integer, RowAction> actions = new HashMap<>();
        List<ImportStore.RowOutcome> outcomes = store.outcomes(id);
        outcomes.forEach(o -> actions.put(o.rowNumber(), o.action()));
        List<SampleRow> sample = new ArrayList<>();
        for (SheetData.Row row : store.firstImportable(id, SAMPLE_ROWS)) {
            RowReader.ParsedRow p = RowReader.read(row, mapping);
            String cell = p.text(ImportField.ORGANIZATION);
            sample.add(new SampleRow(row.number(), actions.get(row.number()), p.text(ImportField.FULL_NAME),
                    p.get(ImportField.DATE_OF_BIRTH), p.get(ImportField.GENDER), p.text(ImportField.CARD_NUMBER),
                    cell != null ? cell : targetName));
        }
        List<ImportStore.RowOutcome> errors = outcomes.stream().filter(o -> o.action() == RowAction.ERROR).toList();
        return new Preview(r, errors, sample, missing(mapping), targetName);
    }

    /** Register fields that a new member needs and that no column provides. */
    static List<ImportField> missing(List<ImportField> mapping) {
        List<ImportField> missing = new ArrayList<>();
        boolean birthByGender = mapping.contains(ImportField.BIRTH_MALE) || mapping.contains(ImportField.BIRTH_FEMALE);
        if (!mapping.contains(ImportField.FULL_NAME)) {
            missing.add(ImportField.FULL_NAME);
        }
        if (!mapping.contains(ImportField.DATE_OF_BIRTH) && !birthByGender) {
            missing.add(ImportField.DATE_OF_BIRTH);
        }
        if (!mapping.contains(ImportField.GENDER) && !birthByGender) {
            missing.add(ImportField.GENDER);
        }
        if (!mapping.contains(ImportField.ADMISSION_DATE)) {
            missing.add(ImportField.ADMISSION_DATE);
        }
        return missing;
    }

    /**
     * Confirms the import: all rows when none has a problem, or (only when asked for explicitly) just the valid
     * ones. The rows are written on a worker thread, in one transaction.
     */
    public void confirm(long id, boolean onlyValid) {
        ImportRecord r = get(id);
        if (r.status() != ImportStatus.PREVIEW) {
            throw DomainException.conflict("IMPORT_NOT_WAITING", "member.import.error.notWaiting");
        }
        if (r.errorCount() > 0 && !onlyValid) {
            throw DomainException.invalid("IMPORT_HAS_ERRORS", "member.import.error.hasErrors", r.errorCount());
        }
        if (r.importable() == 0) {
            throw DomainException.invalid("IMPORT_NOTHING", "member.import.error.nothing");
        }
        if (!store.queue(id, onlyValid, r.importable(), executor.identity())) {
            throw DomainException.conflict("IMPORT_NOT_WAITING", "member.import.error.notWaiting");
        }
        runAfterCommit(id);
    }

    /**
     * Writes again a run that failed (its worker was gone, or an unexpected error), from the rows checked for the
     * preview and with the same choice of rows; the runner checks every row against the register again first, and
     * shows the preview again if anything changed meanwhile.
     */
    public void retry(long id) {
        ImportRecord r = get(id);
        if (r.status() != ImportStatus.FAILED || !retryable(r)) {
            throw DomainException.conflict("IMPORT_NOT_RETRYABLE", "member.import.error.notRetryable");
        }
        if (!store.requeue(id, executor.identity())) {
            throw DomainException.conflict("IMPORT_NOT_RETRYABLE", "member.import.error.notRetryable");
        }
        runAfterCommit(id);
    }

    /** Whether a failed run can be written again: it failed for a reason a new attempt may not meet, rows kept. */
    @Transactional(readOnly = true)
    public boolean retryable(ImportRecord r) {
        guard.require(Permission.MEMBER_IMPORT);
        return r.status() == ImportStatus.FAILED && !"member.import.failure.denied".equals(r.failure())
                && store.hasImportableRows(r.id());
    }

    private void runAfterCommit(long id) {
        Runnable job = new DelegatingSecurityContextRunnable(AuditTrail.carryingClientAddress(() -> runner.run(id)));
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        try {
                            executor.execute(id, job);
                        } catch (java.util.concurrent.RejectedExecutionException e) {
                            runner.failed(id, "member.import.failure.busy");
                        }
                    }
                });
    }

    /** Drops an import that waits for confirmation or whose run failed, with its rows; nothing is written. */
    public void discard(long id) {
        ImportRecord r = get(id);
        if (!r.status().open() && r.status() != ImportStatus.FAILED) {
            throw DomainException.conflict("IMPORT_NOT_WAITING", "member.import.error.notWaiting");
        }
        if (!store.cancel(id)) {
            throw DomainException.conflict("IMPORT_NOT_WAITING", "member.import.error.notWaiting");
        }
    }

    /** The rows a finished run left out, with their reasons. */
    @Transactional(readOnly = true)
    public List<ImportStore.RowOutcome> skipped(long id) {
        get(id);
        return store.errors(id, vn.dangbo.member.importing.ImportLimits.MAX_ROWS);
    }

    private static void requireOpen(ImportRecord r) {
        if (!r.status().open()) {
            throw DomainException.conflict("IMPORT_NOT_WAITING", "member.import.error.notWaiting");
        }
    }

    private OrganizationSummary target(Long organizationId) {
        if (organizationId == null) {
            return null;
        }
        OrganizationSummary org = organizations.find(organizationId).orElse(null);
        if (org == null || !guard.within(org.path())) {
            throw DomainException.invalid("TARGET_OUTSIDE", "member.validation.organizationOutside")
                    .onField("organizationId");
        }
        if (org.dissolved() || !org.kind().holdsMembers()) {
            throw DomainException.invalid("TARGET_NOT_CELL", "member.transfer.rule.targetNotCell")
                    .onField("organizationId");
        }
        return org;
    }

    static List<ImportField> fields(List<String> mapping) {
        List<ImportField> fields = new ArrayList<>(mapping.size());
        for (int c = 0; c < mapping.size(); c++) {
            fields.add(field(mapping, c));
        }
        return fields;
    }

    private static ImportField field(List<String> mapping, int c) {
        String f = c < mapping.size() ? mapping.get(c) : "";
        return isField(f) ? ImportField.valueOf(f) : null;
    }

    private static boolean isField(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (ImportField f : ImportField.values()) {
            if (f.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Spreadsheet column letters: A..Z, AA... */
    static String letter(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column;
        do {
            sb.insert(0, (char) ('A' + c % 26));
            c = c / 26 - 1;
        } while (c >= 0);
        return sb.toString();
    }
}

package vn.dangbo.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.member.domain.Member;
import vn.dangbo.member.importing.ImportChecker;
import vn.dangbo.member.importing.ImportRecord;
import vn.dangbo.member.importing.ImportStore;
import vn.dangbo.member.importing.RowAction;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;

/**
 * Writes a confirmed import, on a worker thread with the importer's identity: every row is checked again against
 * the register as it is now, then all rows to import are written in ONE transaction through the registry's own
 * paths (each member audited), and the run is audited with its counts. Progress goes to the import record in
 * separate short transactions every {@value #PROGRESS_EVERY} rows, so the progress page sees it while the main
 * transaction is still open. If a row changed since the preview (someone registered the same card number
 * meanwhile), nothing is written and the preview comes back with the new findings.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int PROGRESS_EVERY = 100;

    private final ImportStore store;
    private final ImportChecker checker;
    private final MemberRegistry registry;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final TransactionTemplate progressTx;
    private final Clock clock;

    ImportRunner(ImportStore store, ImportChecker checker, MemberRegistry registry, OrganizationDirectory organizations, AccessGuard guard, AuditTrail audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.checker = checker;
        this.registry = registry;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.progressTx = new TransactionTemplate(transactions);
        this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Thrown inside the run's transaction when the rows no longer check out as in the preview. */
    private static final class ChangedSincePreview extends RuntimeException {
        private final transient List<ImportChecker.Checked> checked;

        ChangedSincePreview(List<ImportChecker.Checked> checked) {
            super("import rows changed since the preview", null, false, false);
            this.checked = checked;
        }
    }

    void run(long id) {
        long started = System.nanoTime();
        try {
            if (!Boolean.TRUE.equals(progressTx.execute(s -> store.running(id)))) {
                log.warn("Nhập danh sách {} không còn chờ ghi (đã bị đánh dấu gián đoạn); bỏ qua", id);
                return;
            }
            Result result = tx.execute(s -> write(id));
            log.info("Nhập danh sách {}: thêm {}, cập nhật {} trong {} ms", id, result.created, result.updated,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ChangedSincePreview e) {
            progressTx.executeWithoutResult(s -> saveChecked(store, id, e.checked, "member.import.notice.changed"));
        } catch (RuntimeException e) {
            log.error("Nhập danh sách {} không thành công; không ghi dòng nào", id, e);
            failed(id, e instanceof org.springframework.security.access.AccessDeniedException
                    ? "member.import.failure.denied" : "member.import.failure.unexpected");
        }
    }

    void failed(long id, String key) {
        progressTx.executeWithoutResult(s -> store.failed(id, key));
    }

    private record Result(int created, int updated) {}

    private Result write(long id) {
        CurrentUser user = guard.require(Permission.MEMBER_IMPORT);
        ImportRecord r = store.find(id).orElseThrow();
        if (!guard.within(r.scopePath())) {
            throw new org.springframework.security.access.AccessDeniedException("import outside scope");
        }
        LocalDate today = LocalDate.now(clock);
        List<ImportChecker.Checked> checked = checker.check(store.rows(id), MemberImport.fields(r.mapping()),
                r.targetOrganizationId() == null ? null : organizations.find(r.targetOrganizationId()).orElse(null),
                today);
        Map<Integer, RowAction> previewed = new HashMap<>();
        store.outcomes(id).forEach(o -> previewed.put(o.rowNumber(), o.action()));
        List<ImportChecker.Checked> toWrite = new ArrayList<>();
        for (ImportChecker.Checked c : checked) {
            RowAction before = previewed.get(c.rowNumber());
            if (before == RowAction.ERROR) {
                continue; // the user chose to leave the bad rows out
            }
            if (c.action() != before) {
                throw new ChangedSincePreview(checked);
            }
            if (c.action() == RowAction.CREATE || c.action() == RowAction.UPDATE) {
                toWrite.add(c);
            }
        }
        if (!r.onlyValid() && previewed.containsValue(RowAction.ERROR)) {
            throw new ChangedSincePreview(checked);
        }
        String actor = user.username();
        // new members set-based: one COPY per table (register, history, transfers, audit events) for the whole file
        List<ImportChecker.Checked> toCreate = toWrite.stream().filter(c -> c.action() == RowAction.CREATE).toList();
        List<MemberRegistry.Registration> registrations = new ArrayList<>(toCreate.size());
        for (ImportChecker.Checked c : toCreate) {
            registrations.add(new MemberRegistry.Registration(c.org(), c.data(),
                    c.data().transferInDate() != null ? RegistrationKind.TRANSFERRED_IN : RegistrationKind.MEMBER));
        }
        List<Long> createdIds = registry.insertAll(registrations, today, actor);
        int created = createdIds.size();
        progressTx.executeWithoutResult(s -> store.progress(id, created));
        int updated = 0;
        int processed = created;
        for (int i = 0; i < toCreate.size(); i++) {
            if (toCreate.get(i).transferOut() != null) {
                registry.recordTransferOut(createdIds.get(i), toCreate.get(i).transferOut(),
                        ImportChecker.TRANSFER_OUT_EXTERNAL, actor);
            }
        }
        // changed members one by one through the registry's own path (the history follows corrected dates)
        for (ImportChecker.Checked c : toWrite) {
            if (c.action() != RowAction.UPDATE) {
                continue;
            }
            Member before = c.existing();
            if (!c.data().equals(before.data())) {
                registry.apply(before, before.version(), c.data(), actor);
            }
            if (c.transferOut() != null) {
                registry.recordTransferOut(before.id(), c.transferOut(), ImportChecker.TRANSFER_OUT_EXTERNAL, actor);
            }
            updated++;
            processed++;
            if (processed % PROGRESS_EVERY == 0) {
                int done = processed;
                progressTx.executeWithoutResult(s -> store.progress(id, done));
            }
        }
        int skipped = (int) previewed.values().stream().filter(a -> a == RowAction.ERROR).count();
        int unchanged = (int) checked.stream().filter(c -> c.action() == RowAction.UNCHANGED).count();
        if (!store.done(id, created, updated, toWrite.size())) {
            // the sweep marked this run failed meanwhile: roll everything back, as the page already says
            throw new IllegalStateException("import " + id + " is no longer running");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("fileName", r.fileName());
        summary.put("rows", r.totalRows());
        summary.put("created", created);
        summary.put("updated", updated);
        summary.put("unchanged", unchanged);
        summary.put("skippedBadRows", skipped);
        summary.put("encoding", r.detectedEncoding());
        summary.put("convertedColumns", r.converted().stream().map(ImportRecord.ConvertedColumn::encoding).toList());
        audit.record(AuditAction.IMPORT, MemberImport.AUDIT_TYPE, id, r.scopePath(),
                "Nhập danh sách đảng viên từ tệp " + r.fileName() + ": thêm " + created + ", cập nhật " + updated
                        + ", bỏ qua " + skipped + " dòng lỗi", null, summary);
        store.dropWrittenRows(id);
        return new Result(created, updated);
    }

    /** Stores the outcome of a check of every row; the import waits for confirmation again. */
    static void saveChecked(ImportStore store, long id, List<ImportChecker.Checked> checked, String notice) {
        List<ImportStore.RowOutcome> outcomes = new ArrayList<>(checked.size());
        int create = 0;
        int update = 0;
        int unchanged = 0;
        int errors = 0;
        for (ImportChecker.Checked c : checked) {
            switch (c.action()) {
                case CREATE -> create++;
                case UPDATE -> update++;
                case UNCHANGED -> unchanged++;
                case ERROR -> errors++;
            }
            outcomes.add(new ImportStore.RowOutcome(c.rowNumber(), c.action(),
                    c.existing() == null ? null : c.existing().id(), c.displayName(), c.problems()));
        }
        store.saveOutcomes(id, outcomes);
        store.checked(id, create, update, unchanged, errors, notice);
    }
}

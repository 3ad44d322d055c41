package vn.dangbo.resolution.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.dangbo.shared.DomainException;

/**
 * The steps the imports of targets and of values share once their rows are checked: the preview's two lists, the
 * confirmation (checked again, refused with bad rows unless asked for the valid ones, written row by row, marked done)
 * and the discarding of an import that waits.
 */
@Component
public class ImportSteps {

    private final ResolutionImportStore store;

    ImportSteps(ResolutionImportStore store) {
        this.store = store;
    }

    /** The bad rows and the rows a confirmation writes, in file order. */
    public record Outcomes(List<RowOutcome> errors, List<RowOutcome> changes) {}

    public Outcomes outcomes(long importId) {
        List<RowOutcome> outcomes = store.outcomes(importId);
        return new Outcomes(outcomes.stream().filter(o -> o.action() == RowAction.ERROR).toList(),
                outcomes.stream().filter(o -> o.action().writes()).toList());
    }

    /** What a confirmation wrote, and the summary its audit event keeps. */
    public record Written(int created, int updated, Map<String, Object> summary) {}

    /**
     * Confirms an import that waits: {@code check} checks every row again against the data as they are now; when any
     * outcome differs from the preview, nothing is written, the new outcomes are saved with a notice and the result is
     * empty. With bad rows, nothing is written unless {@code onlyValid}. Otherwise {@code write} gets every row to
     * add or update (the caller's transaction holds them all) and the import is marked done.
     */
    public <C> Optional<Written> confirm(ImportRecord rec, boolean onlyValid, Supplier<List<C>> check,
            Function<C, RowOutcome> outcomeOf, BiConsumer<C, RowAction> write) {
        requireWaiting(rec);
        List<C> now = check.get();
        List<RowOutcome> outcomes = now.stream().map(outcomeOf).toList();
        if (!sameOutcomes(outcomes, store.outcomes(rec.id()))) {
            store.saveChecked(rec.id(), outcomes, "resolution.import.notice.changed");
            return Optional.empty();
        }
        if (rec.errorCount() > 0 && !onlyValid) {
            throw DomainException.invalid("IMPORT_HAS_ERRORS", "resolution.import.error.hasErrors", rec.errorCount());
        }
        if (rec.importable() == 0) {
            throw DomainException.invalid("IMPORT_NOTHING", "resolution.import.error.nothing");
        }
        int created = 0;
        int updated = 0;
        for (C c : now) {
            RowAction action = outcomeOf.apply(c).action();
            if (action.writes()) {
                write.accept(c, action);
                if (action == RowAction.CREATE) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        if (!store.done(rec.id(), onlyValid, created, updated)) {
            throw notWaiting();
        }
        store.dropWrittenRows(rec.id());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("fileName", rec.fileName());
        summary.put("created", created);
        summary.put("updated", updated);
        summary.put("unchanged", rec.unchangedCount());
        summary.put("skippedBadRows", rec.errorCount());
        return Optional.of(new Written(created, updated, summary));
    }

    /** Drops an import that waits for confirmation, with its rows. */
    public void discard(ImportRecord rec) {
        requireWaiting(rec);
        store.cancel(rec.id());
    }

    private static void requireWaiting(ImportRecord rec) {
        if (rec.status() != ImportStatus.PREVIEW) {
            throw notWaiting();
        }
    }

    private static DomainException notWaiting() {
        return DomainException.conflict("IMPORT_NOT_WAITING", "resolution.import.error.notWaiting");
    }

    /** Whether two checks of the same rows came to the same (arguments compared as text, as JSON keeps them). */
    static boolean sameOutcomes(List<RowOutcome> a, List<RowOutcome> b) {
        return fingerprint(a).equals(fingerprint(b));
    }

    private static List<String> fingerprint(List<RowOutcome> outcomes) {
        return outcomes.stream().map(o -> o.rowNumber() + "|" + o.action() + "|" + o.label() + "|" + o.problems().stream()
                .map(p -> p.column() + "/" + p.key() + "/" + p.args().stream().map(String::valueOf).toList()).toList()
                + "|" + o.changes()).toList();
    }
}

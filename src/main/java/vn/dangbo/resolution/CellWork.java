package vn.dangbo.resolution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.resolution.domain.DashboardQueries;
import vn.dangbo.shared.format.VietnameseFormat;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;

/**
 * What a cell (or any organization) has to do, for its home page: the values it is to enter in open reporting
 * periods, and the tasks it leads or co-operates on, with this month's share of them.
 */
@Service
@Transactional(readOnly = true)
public class CellWork {

    private final DashboardQueries queries;
    private final ActionPrograms programs;
    private final AccessGuard guard;
    private final Clock clock;

    CellWork(DashboardQueries queries, ActionPrograms programs, AccessGuard guard, Clock clock) {
        this.queries = queries;
        this.programs = programs;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * A value to enter (or already entered, to check or correct) in an open period; {@code returned} when the ward
     * sent it back for correction.
     */
    public record ToEnter(long periodId, PeriodKind periodKind, int year, LocalDate endsOn, long targetId, String code,
            String name, String unit, String valueText, boolean entered, boolean returned) {

        public boolean pending() {
            return !entered || returned;
        }
    }

    /** The values the signed-in account's organization is to enter in open periods, those still to do first. */
    public List<ToEnter> toEnter() {
        if (!guard.can(Permission.RESULT_ENTER)) {
            return List.of();
        }
        return queries.openEntries(guard.scopePath()).stream()
                .map(e -> new ToEnter(e.periodId(), e.periodKind(), e.year(), e.endsOn(), e.targetId(), e.code(),
                        e.name(), e.unit(), VietnameseFormat.compact(e.value(), 2), e.value() != null,
                        ResultStatus.RETURNED.name().equals(e.status())))
                .toList();
    }

    /** Open tasks the account's organization leads or co-operates on, by deadline. */
    public List<ActionPrograms.TaskRow> tasks() {
        return programs.myTasks(false, false);
    }

    /** Of the open tasks, those due by the end of this month (overdue ones included). */
    public List<ActionPrograms.TaskRow> dueThisMonth(List<ActionPrograms.TaskRow> tasks) {
        LocalDate end = YearMonth.now(clock).atEndOfMonth();
        return tasks.stream().filter(t -> t.task().deadline() != null && !t.task().deadline().isAfter(end)).toList();
    }
}

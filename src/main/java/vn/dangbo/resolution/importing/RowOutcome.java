package vn.dangbo.resolution.importing;

import java.util.List;

/**
 * The outcome of checking one row: its number in the file, what confirming does, what it is about, its problems and,
 * for an update, what it changes.
 */
public record RowOutcome(int rowNumber, RowAction action, String label, List<RowProblem> problems,
        List<Change> changes) {

    /** A value an update changes, in the column the file names it (blank values are null). */
    public record Change(String column, String before, String after) {}

    public RowOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public RowOutcome(int rowNumber, RowAction action, String label, List<RowProblem> problems) {
        this(rowNumber, action, label, problems, List.of());
    }
}

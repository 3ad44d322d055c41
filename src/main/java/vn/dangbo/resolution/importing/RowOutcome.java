package vn.dangbo.resolution.importing;

import java.util.List;

/** The outcome of checking one row: its number in the file, what confirming does, what it is about, its problems. */
public record RowOutcome(int rowNumber, RowAction action, String label, List<RowProblem> problems) {

    public RowOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}

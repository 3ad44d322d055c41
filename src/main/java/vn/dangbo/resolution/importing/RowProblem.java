package vn.dangbo.resolution.importing;

import java.util.List;

/**
 * One thing wrong with a row: the column it is about as the file names it (null for the row as a whole), the message
 * key of the Vietnamese explanation and its arguments (text or numbers only, kept as JSON).
 */
public record RowProblem(String column, String key, List<Object> args) {

    public RowProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RowProblem of(String column, String key, Object... args) {
        return new RowProblem(column, key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}

package vn.dangbo.member.importing;

import java.util.List;

/**
 * One thing wrong with a row: the field it is about (an {@link vn.dangbo.member.ImportField} name, or null for the
 * row as a whole), the message key of the Vietnamese explanation and its arguments (text or numbers only).
 */
public record RowProblem(String field, String key, List<Object> args) {

    public RowProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RowProblem of(String field, String key, Object... args) {
        return new RowProblem(field, key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}

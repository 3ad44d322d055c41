package vn.dangbo.member.importing;

import java.util.List;

/**
 * One thing wrong with a row: the field it is about (an {@link vn.dangbo.member.ImportField} name, or null for the
 * row as a whole), the message key of the Vietnamese explanation and its arguments (text or numbers only), and the regulation
 * a party rule's refusal cites (a message key under {@code regulation.}, or null).
 */
public record RowProblem(String field, String key, List<Object> args, String citation) {

    public RowProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public RowProblem(String field, String key, List<Object> args) {
        this(field, key, args, null);
    }

    public static RowProblem of(String field, String key, Object... args) {
        return new RowProblem(field, key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}

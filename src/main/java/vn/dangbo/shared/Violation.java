package vn.dangbo.shared;

import java.util.List;

/** One invalid field: the field name, the message key of the Vietnamese explanation and its arguments. */
public record Violation(String field, String messageKey, List<Object> args) {

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}

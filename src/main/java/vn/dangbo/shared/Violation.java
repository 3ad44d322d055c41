package vn.dangbo.shared;

import java.util.List;

/**
 * One invalid field: the field name, the message key of the Vietnamese explanation and its arguments, and the
 * regulation it applies when a party rule refused it (null for plain input checks).
 */
public record Violation(String field, String messageKey, List<Object> args, String citation) {

    public Violation(String field, String messageKey, List<Object> args) {
        this(field, messageKey, args, null);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args), null);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}

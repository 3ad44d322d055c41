package vn.dangbo.shared;

import java.util.List;

/**
 * What a policy decided, with the reason as a message key (and its arguments) so the user reads why in
 * Vietnamese. Policies are small classes named for the rule they state, each citing its regulation.
 */
public record Decision(boolean allowed, String reasonKey, List<Object> args) {

    public static Decision allow() {
        return new Decision(true, null, List.of());
    }

    public static Decision deny(String reasonKey, Object... args) {
        return new Decision(false, reasonKey, List.of(args));
    }

    public boolean denied() {
        return !allowed;
    }

    public Object[] argArray() {
        return args.toArray();
    }
}

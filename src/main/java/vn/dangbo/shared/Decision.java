package vn.dangbo.shared;

import java.util.List;

/**
 * What a policy decided. A refusal carries the reason as a message key (and its arguments) so the user reads why
 * in Vietnamese, the form field it concerns ({@code field}, null when it is about the whole form) so the page puts
 * the message beside that field without guessing, and the regulation it applies ({@code citation}: a message key under
 * {@code regulation.}, e.g. {@code regulation.charter.art5}, whose text is "Điều lệ Đảng, Điều 5"), shown after the
 * message and given to API clients. Policies are small classes named for the
 * rule they state, each citing its regulation.
 */
public record Decision(boolean allowed, String reasonKey, List<Object> args, String field, String citation) {

    public static Decision allow() {
        return new Decision(true, null, List.of(), null, null);
    }

    public static Decision deny(String reasonKey, Object... args) {
        return new Decision(false, reasonKey, List.of(args), null, null);
    }

    /** The same decision about that form field. */
    public Decision on(String field) {
        return allowed ? this : new Decision(false, reasonKey, args, field, citation);
    }

    /** The same decision citing that regulation. */
    public Decision citing(String regulation) {
        return allowed ? this : new Decision(false, reasonKey, args, field, regulation);
    }

    public boolean denied() {
        return !allowed;
    }

    public Object[] argArray() {
        return args.toArray();
    }

    /** The refusal as the exception a facade throws, with this decision's field and citation. */
    public DomainException refusal(String code) {
        if (allowed) {
            throw new IllegalStateException("an allowed decision is not a refusal");
        }
        return DomainException.invalid(code, reasonKey, argArray()).onField(field).citing(citation);
    }

    /** The refusal as one invalid field of a form checked as a whole ({@code defaultField} if it names none). */
    public Violation violation(String defaultField) {
        return new Violation(field != null ? field : defaultField, reasonKey, args, citation);
    }
}

package vn.dangbo.shared;

import java.util.List;

/** Several invalid fields at once, so the user sees every error of the form in one go. */
public class ValidationFailed extends DomainException {

    private final List<Violation> violations;

    public ValidationFailed(List<Violation> violations) {
        super(Kind.INVALID, "VALIDATION_FAILED", violations.isEmpty() ? "error.validation" : violations.get(0).messageKey(),
                violations.isEmpty() ? new Object[0] : violations.get(0).argArray());
        this.violations = List.copyOf(violations);
        if (!violations.isEmpty()) {
            onField(violations.get(0).field());
            citing(violations.get(0).citation());
        }
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationFailed(violations);
        }
    }

    /** Field names and message keys only: never the values, which may be personal data. */
    @Override
    public String getMessage() {
        return "VALIDATION_FAILED " + violations.stream().map(v -> v.field() + "=" + v.messageKey()).toList();
    }

    public List<Violation> violations() {
        return violations;
    }
}

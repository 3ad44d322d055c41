package vn.dangbo.shared.web;

import org.springframework.validation.BindingResult;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;

/** Puts a domain refusal beside the form field it is about (or at the top of the form), keeping what was typed. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult result, DomainException e) {
        if (e instanceof ValidationFailed vf) {
            for (Violation v : vf.violations()) {
                reject(result, v.field(), v.messageKey(), v.argArray());
            }
            return;
        }
        reject(result, e.field(), e.messageKey(), e.args());
    }

    private static void reject(BindingResult result, String field, String key, Object[] args) {
        if (field != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
            result.rejectValue(field, key, args, key);
        } else {
            result.reject(key, args, key);
        }
    }
}

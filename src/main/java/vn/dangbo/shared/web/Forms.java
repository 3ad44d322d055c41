package vn.dangbo.shared.web;

import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;

/** Puts a domain refusal beside the form field it is about (or at the top of the form), keeping what was typed. */
public final class Forms {

    private Forms() {}

    /**
     * A form submission: with binding errors the form again; else {@code save}, whose answer is where to go next
     * (a redirect); when the domain refuses, the refusal beside its field and the form again, as typed.
     */
    public static String submit(BindingResult result, Supplier<String> form, Supplier<String> save) {
        if (result.hasErrors()) {
            return form.get();
        }
        try {
            return save.get();
        } catch (DomainException e) {
            reject(result, e);
            return form.get();
        }
    }

    public static void reject(BindingResult result, DomainException e) {
        if (e instanceof ValidationFailed vf) {
            for (Violation v : vf.violations()) {
                reject(result, v.field(), v.messageKey(), withCitation(v.messageKey(), v.argArray(), v.citation()));
            }
            return;
        }
        reject(result, e.field(), e.messageKey(), withCitation(e.messageKey(), e.args(), e.citation()));
    }

    /**
     * A refusal citing a regulation reads "message (regulation)": the message becomes the first argument of
     * {@code rule.refusedCiting} (Spring resolves a resolvable argument) and the regulation's name, itself a
     * message key under {@code regulation.}, the second.
     */
    private static Object[] withCitation(String key, Object[] args, String citation) {
        return citation == null ? args : new Object[] {new DefaultMessageSourceResolvable(new String[] {key}, args, key),
                new DefaultMessageSourceResolvable(new String[] {citation}, citation)};
    }

    private static void reject(BindingResult result, String field, String key, Object[] args) {
        String code = args.length == 2 && args[0] instanceof DefaultMessageSourceResolvable r
                && key.equals(r.getDefaultMessage()) ? "rule.refusedCiting" : key;
        if (field != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
            result.rejectValue(field, code, args, key);
        } else {
            result.reject(code, args, key);
        }
    }
}

package vn.dangbo.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;

import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.ServletRequestBindingException;
import vn.dangbo.shared.web.StorableText;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.OutsideScopeException;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.web.Problems;

/** Errors of the REST API as RFC 9457 problem details with a machine code and a Vietnamese message. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

    private final Problems problems;
    private final MessageSource messages;

    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ApiErrorHandling(Problems problems, MessageSource messages, AuditTrail audit, TransactionTemplate tx) {
        this.problems = problems;
        this.messages = messages;
        this.audit = audit;
        this.tx = tx;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, Locale locale) {
        if (e.kind() == DomainException.Kind.NOT_FOUND) {
            // the same answer as for a record outside the scope (OutsideScopeException): ids cannot be enumerated
            return problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.404.detail", null, locale);
        }
        ProblemDetail p = problems.of(Problems.statusOf(e), e.code(), e.messageKey(), e.args(), locale);
        if (e instanceof ValidationFailed vf) {
            p.setProperty("errors", vf.violations().stream()
                    .map(v -> fieldError(v.field(),
                            messages.getMessage(v.messageKey(), v.argArray(), v.messageKey(), locale),
                            regulation(v.citation(), locale)))
                    .toList());
        } else if (e.field() != null) {
            p.setProperty("errors", List.of(fieldError(e.field(), p.getDetail(), regulation(e.citation(), locale))));
        }
        if (e.citation() != null) {
            p.setProperty("regulation", regulation(e.citation(), locale));
        }
        return p;
    }

    /** The name of the regulation a refusal cites (its message key under {@code regulation.}), or null. */
    private String regulation(String citationKey, Locale locale) {
        return citationKey == null ? null : messages.getMessage(citationKey, null, citationKey, locale);
    }

    /** One field's error; a party rule's refusal also names the regulation it applies. */
    private static Map<String, Object> fieldError(String field, String message, String regulation) {
        return regulation == null ? Map.of("field", field, "message", message)
                : Map.of("field", field, "message", message, "regulation", regulation);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
        ProblemDetail p = problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "error.validation", null, locale);
        p.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList());
        return p;
    }

    /** A JSON body with text or numbers that cannot be stored, or without a nested object: 400 with each field. */
    @ExceptionHandler(InputChecks.InvalidBody.class)
    ProblemDetail invalidBody(InputChecks.InvalidBody e, Locale locale) {
        ProblemDetail p = problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "error.validation", null, locale);
        p.setProperty("errors", e.problems.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(f -> Map.of("field", f.getKey(), "message", messages.getMessage(f.getValue(), null, f.getValue(), locale)))
                .toList());
        return p;
    }

    /**
     * A body that is not the JSON expected (a text for a number, a number too large for a whole number, an array for
     * an object): 400 with the field's path when Jackson knows it.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        var value = JsonFieldErrors.of(e, messages, locale);
        if (value.isPresent()) { // a value of the wrong form: named, with what is accepted
            ProblemDetail p = problems.of(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "error.badRequest", null, locale);
            p.setDetail(value.get().field() + ": " + value.get().message());
            p.setProperty("errors", JsonFieldErrors.list(value.get()));
            return p;
        }
        ProblemDetail p = problems.of(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "error.badRequest", null, locale);
        if (e.getCause() instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (tools.jackson.core.JacksonException.Reference r : j.getPath()) {
                if (r.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(r.getPropertyName());
                } else if (r.getIndex() >= 0) {
                    field.append('[').append(r.getIndex()).append(']');
                }
            }
            String key = j instanceof tools.jackson.core.exc.InputCoercionException ? StorableText.NUMBER_TOO_LARGE
                    : "typeMismatch";
            p.setProperty("errors", List.of(Map.of("field", field.toString(), "message",
                    messages.getMessage(key, null, key, locale))));
        }
        return p;
    }

    /** A query parameter of the wrong type or with a character that cannot be stored: 400 naming the parameter. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        ProblemDetail p = problems.of(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "error.badRequest", null, locale);
        String key = e.getRequiredType() == String.class ? StorableText.CONTROL_CHARACTER : "typeMismatch";
        p.setProperty("errors", List.of(Map.of("field", e.getName(), "message", messages.getMessage(key, null, key, locale))));
        return p;
    }

    /** A missing parameter, part or file: 400 naming it. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ProblemDetail missing(Exception e, Locale locale) {
        ProblemDetail p = problems.of(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "error.badRequest", null, locale);
        String field = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        p.setProperty("errors", List.of(Map.of("field", field, "message",
                messages.getMessage("validation.required", null, locale))));
        return p;
    }

    /** A request that is not multipart, or a broken one. */
    @ExceptionHandler({MultipartException.class, ServletRequestBindingException.class})
    ProblemDetail badMultipart(Exception e, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "error.badRequest", null, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(Exception e, Locale locale) {
        return problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "error.405.detail", null, locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(Exception e, Locale locale) {
        return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "error.badRequest", null, locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(Exception e, Locale locale) {
        return problems.of(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", "error.fileTooLarge", null, locale);
    }

    /**
     * Two people writing the same thing at the same moment: the second one meets a unique key or a lock the first
     * one just took (e.g. both open the same reporting period). A conflict to reload and redo, not a server error.
     */
    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class})
    ProblemDetail concurrent(Exception e, Locale locale) {
        log.info("Ghi đồng thời bị từ chối: {}", e.getClass().getSimpleName());
        return problems.of(HttpStatus.CONFLICT, "CONCURRENT_CHANGE", "error.concurrentChange", null, locale);
    }

    /** A record outside the account's scope: audited as a refusal, answered exactly as an unknown id. */
    @ExceptionHandler(OutsideScopeException.class)
    ProblemDetail outsideScope(OutsideScopeException e, HttpServletRequest request, Locale locale) {
        tx.executeWithoutResult(s -> audit.record(AuditAction.ACCESS_DENIED, "REQUEST", null, null,
                request.getMethod() + " " + request.getRequestURI(), null, null));
        return problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.404.detail", null, locale);
    }

    /** Left to Spring Security's access-denied handler, which audits the refusal and answers with a problem. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        String incident = Incidents.newId();
        log.error("Lỗi không mong đợi ở API, mã sự cố {}", incident, e);
        ProblemDetail p = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "error.500.detail", null,
                locale);
        p.setProperty("incident", incident);
        return p;
    }
}

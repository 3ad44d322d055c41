package vn.dangbo.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.shared.security.OutsideScopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.web.Problems;
import vn.dangbo.shared.web.StorableText;

/**
 * Errors of the pages: a Vietnamese page with what went wrong and a way back, never a stack trace. A refusal
 * of access is left to Spring Security, which shows the 403 page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandling.class);

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        int status = Problems.statusOf(e).value();
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", status);
        // an unknown id reads exactly like a record outside the scope (OutsideScopeException): no enumeration
        boolean notFound = e.kind() == DomainException.Kind.NOT_FOUND;
        mv.addObject("messageKey", notFound ? "error.404.detail" : e.messageKey());
        mv.addObject("messageArgs", notFound ? null : e.args());
        mv.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return mv;
    }

    private final AuditTrail audit;
    private final TransactionTemplate tx;

    PageErrorHandling(AuditTrail audit, TransactionTemplate tx) {
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * A record outside the account's scope: audited as a refusal, shown exactly as an unknown id's page (rendered
     * here like {@link #domain} renders an unknown id, so that both pages are the same to the byte).
     */
    @ExceptionHandler(OutsideScopeException.class)
    ModelAndView outsideScope(OutsideScopeException e, HttpServletRequest request) {
        tx.executeWithoutResult(s -> audit.record(AuditAction.ACCESS_DENIED, "REQUEST", null, null,
                request.getMethod() + " " + request.getRequestURI(), null, null));
        return notFound(e);
    }

    /** Left to Spring Security's access-denied handler, which audits the refusal and shows the 403 page. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    /**
     * A query parameter of the wrong type, or with a character that cannot be stored ({@code ?q=%00}): 400 with
     * what is wrong. A path variable of the wrong type names nothing that exists: 404.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return notFound(e);
        }
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 400);
        mv.addObject("messageKey", e.getRequiredType() == String.class ? StorableText.CONTROL_CHARACTER
                : "error.badRequest");
        mv.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        return mv;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(Exception e) {
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 404);
        mv.addObject("messageKey", "error.404.detail");
        mv.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
        return mv;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 413);
        mv.addObject("messageKey", "error.fileTooLarge");
        mv.addObject("back", sameSiteReferer(request));
        mv.setStatus(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE);
        return mv;
    }

    /** The page the request came from, when it is one of ours: where "back" leads without the browser's history. */
    static String sameSiteReferer(jakarta.servlet.http.HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/") ? uri.getRawPath() + (uri.getRawQuery() == null ? ""
                            : "?" + uri.getRawQuery()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The page form of {@code ApiErrorHandling.concurrent}: someone else wrote the same thing a moment earlier. */
    @ExceptionHandler({org.springframework.dao.DuplicateKeyException.class,
            org.springframework.dao.ConcurrencyFailureException.class})
    ModelAndView concurrent(Exception e) {
        log.info("Ghi đồng thời bị từ chối: {}", e.getClass().getSimpleName());
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 409);
        mv.addObject("messageKey", "error.concurrentChange");
        mv.setStatus(org.springframework.http.HttpStatus.CONFLICT);
        return mv;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.multipart.MultipartException) {
            ModelAndView mv = new ModelAndView("error/problem");
            mv.addObject("status", 400);
            mv.addObject("messageKey", "error.badRequest");
            mv.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            return mv;
        }
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            ModelAndView mv = new ModelAndView("error/problem");
            mv.addObject("status", er.getStatusCode().value());
            // a form or filter without a place for field errors: say what was wrong when it is a control character
            boolean control = e instanceof org.springframework.validation.BindException be && be.getFieldErrors().stream()
                    .anyMatch(f -> f.getRejectedValue() instanceof String s && !StorableText.storable(s));
            mv.addObject("messageKey", control ? StorableText.CONTROL_CHARACTER : "error.badRequest");
            mv.setStatus(er.getStatusCode());
            return mv;
        }
        String incident = Incidents.newId();
        log.error("Lỗi không mong đợi, mã sự cố {}", incident, e);
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 500);
        mv.addObject("messageKey", "error.500.detail");
        mv.addObject("incident", incident);
        mv.setStatus(org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR);
        return mv;
    }
}

package vn.dangbo.identity;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.shared.security.OutsideScopeException;
import vn.dangbo.shared.web.Problems;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers refused requests: 401 and 403 as problem details under /api, the Vietnamese 403 page elsewhere; a record
 * outside the account's scope gets the 404 of an unknown id ({@link OutsideScopeException}).
 * Every refusal of a signed-in person is recorded in the audit trail (someone guessing ids shows up there).
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ProblemResponses(Problems problems, LocaleResolver localeResolver, JsonMapper json, AuditTrail audit,
            TransactionTemplate tx) {
        this.problems = problems;
        this.localeResolver = localeResolver;
        this.json = json;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "error.401.detail");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        tx.executeWithoutResult(s -> audit.record(AuditAction.ACCESS_DENIED, "REQUEST", null, null,
                request.getMethod() + " " + uri, null, null));
        // a record outside the scope answers exactly like an unknown id: nobody enumerates ids outside their scope
        HttpStatus status = e instanceof OutsideScopeException ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            if (status == HttpStatus.NOT_FOUND) {
                write(request, response, status, "NOT_FOUND", "error.404.detail");
            } else {
                write(request, response, status, "FORBIDDEN", "error.403.detail");
            }
            return;
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        response.setStatus(status.value());
        request.getRequestDispatcher("/error").forward(request, response);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String key) throws IOException {
        ProblemDetail p = problems.of(status, code, key, null, localeResolver.resolveLocale(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(p));
    }
}

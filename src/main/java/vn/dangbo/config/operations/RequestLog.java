package vn.dangbo.config.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.apache.catalina.Globals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per request, and a request id on every line written while it runs.
 * <p>
 * The id is the {@code X-Request-Id} a trusted reverse proxy sent (a request Tomcat's RemoteIpValve accepted as
 * forwarded by a loopback or private address, and only a short token of letters, digits, {@code .-_:}), otherwise
 * a new one; it is put in the MDC as {@code requestId} (so plain and JSON logs carry it) and echoed in the
 * response's {@code X-Request-Id}, so a user's screenshot of an error page or an API client's report leads to the
 * lines of that request.
 * <p>
 * When the request ends: {@code GET /members/{id} 200 mythoi.vanphong 12 ms} at INFO on the logger
 * {@code vn.dangbo.request} with the method, the path template (the raw path when no handler matched), the status,
 * the account (or "-") and the time, also as key-value pairs ({@code http.method}, {@code http.path},
 * {@code http.status}, {@code account}, {@code durationMs}) for the JSON format. Static files and the health probes
 * are logged at DEBUG: a load balancer probing every few seconds would drown the rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLog extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_REQUEST_ID = "requestId";
    static final String MDC_ACCOUNT = "account";
    static final String ACCOUNT_ATTRIBUTE = RequestLog.class.getName() + ".account";
    private static final Logger LOG = LoggerFactory.getLogger("vn.dangbo.request");
    private static final Pattern TRUSTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern QUIET = Pattern.compile(
            "/(css|js|img|webjars)/.*|/favicon\\.svg|/actuator/health(/liveness|/readiness)?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        String id = requestId(request);
        MDC.put(MDC_REQUEST_ID, id);
        response.setHeader(HEADER, id);
        int status = 0;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } catch (IOException | ServletException | RuntimeException | Error e) {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            throw e;
        } finally {
            log(request, status, System.nanoTime() - start);
            MDC.remove(MDC_ACCOUNT);
            MDC.remove(MDC_REQUEST_ID);
        }
    }

    static String requestId(HttpServletRequest request) {
        String sent = request.getHeader(HEADER);
        if (sent != null && request.getAttribute(Globals.REQUEST_FORWARDED_ATTRIBUTE) != null
                && TRUSTED_ID.matcher(sent).matches()) {
            return sent;
        }
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private static void log(HttpServletRequest request, int status, long nanos) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        Level level = QUIET.matcher(raw).matches() ? Level.DEBUG : Level.INFO;
        if (!LOG.isEnabledForLevel(level)) {
            return;
        }
        Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = template instanceof String t ? t : printable(raw);
        String account = account(request);
        long millis = nanos / 1_000_000;
        LOG.atLevel(level)
                .addKeyValue("http.method", request.getMethod())
                .addKeyValue("http.path", path)
                .addKeyValue("http.status", status)
                .addKeyValue(MDC_ACCOUNT, account)
                .addKeyValue("durationMs", millis)
                .log("{} {} {} {} {} ms", request.getMethod(), path, status, account, millis);
    }

    /**
     * The account as {@link AccountOfRequest} saw it inside the security chain; for a request the chain refused
     * before that, the session's signed-in account if any.
     */
    private static String account(HttpServletRequest request) {
        if (request.getAttribute(ACCOUNT_ATTRIBUTE) instanceof String name) {
            return name;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context) {
            String name = nameOf(context.getAuthentication());
            if (name != null) {
                return name;
            }
        }
        return "-";
    }

    static String nameOf(Authentication auth) {
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null
                : auth.getName();
    }

    /** A path as sent, kept to one short line. */
    private static String printable(String raw) {
        String p = raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
        return p.replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * Runs after the security chain (lowest precedence among the servlet filters), where the signed-in account is
     * known: notes it for the request's log line and puts it in the MDC for every line the request writes.
     */
    @Component
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class AccountOfRequest extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String name = nameOf(SecurityContextHolder.getContext().getAuthentication());
            if (name != null) {
                request.setAttribute(ACCOUNT_ATTRIBUTE, name);
                MDC.put(MDC_ACCOUNT, name);
            }
            chain.doFilter(request, response);
        }
    }
}

package vn.dangbo.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.identity.domain.AccountRepository;
import vn.dangbo.identity.domain.AccountState;
import vn.dangbo.shared.security.AccessGuard;

/**
 * Every request of a signed-in session sees the account as it is now, not as it was at sign-in: one read of the
 * account row by primary key (with its scope path, handed to the {@link AccessGuard}). The session ends, and the
 * request is refused, when the account is gone or disabled, its security stamp moved on (password changed or reset,
 * role, scope or linked member changed by an administrator), or its role or scope differ from the session's. Pages go
 * back to the sign-in page with a Vietnamese notice; the API answers 401. Each ending is audited. Works across
 * instances because the stamp lives in the database, not in any instance's session registry.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String ENDED_URL = "/login?ended";

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final AuthenticationEntryPoint apiEntryPoint;

    AccountStateFilter(AccountRepository accounts, AuditTrail audit, TransactionTemplate tx,
            AuthenticationEntryPoint apiEntryPoint) {
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
        this.apiEntryPoint = apiEntryPoint;
    }

    /** Public static files carry nothing to protect: no database read for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.svg");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // a bearer token was checked against the account's state by BearerTokenFilter, in the same read
        if (auth == null || auth instanceof BearerTokenAuthentication
                || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountState> state = accounts.stateOf(principal.currentUser().accountId());
        String reason = reasonToEnd(principal, state);
        if (reason == null) {
            AccessGuard.rememberScopePath(request, principal.currentUser(), state.get().scopePath());
            chain.doFilter(request, response);
            return;
        }
        end(request, principal, reason);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            apiEntryPoint.commence(request, response, new InsufficientAuthenticationException("session ended"));
        } else if (request.getHeader("HX-Request") != null) {
            // htmx would swap the sign-in page into a fragment: tell it to load the page instead
            response.setHeader("HX-Redirect", request.getContextPath() + ENDED_URL);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + ENDED_URL);
        }
    }

    /** Why the session may not go on (the audit trail's words), or null when it may. */
    static String reasonToEnd(AccountPrincipal principal, Optional<AccountState> current) {
        if (current.isEmpty()) {
            return "tài khoản không còn tồn tại";
        }
        AccountState a = current.get();
        if (!a.enabled()) {
            return "tài khoản đã bị ngừng sử dụng";
        }
        if (a.securityStamp() != principal.securityStamp()) {
            return "mật khẩu hoặc quyền của tài khoản đã thay đổi";
        }
        var user = principal.currentUser();
        if (a.role() != user.role() || !Objects.equals(a.scopeOrganizationId(), user.scopeOrganizationId())
                || !Objects.equals(a.memberId(), user.memberId())) {
            return "vai trò hoặc phạm vi của tài khoản đã thay đổi";
        }
        return null;
    }

    private void end(HttpServletRequest request, AccountPrincipal principal, String reason) {
        var user = principal.currentUser();
        tx.executeWithoutResult(s -> audit.recordAs(user.accountId(), user.username(), AuditAction.LOGOUT, "ACCOUNT",
                user.accountId(), null, "Kết thúc phiên đăng nhập: " + reason, null, null));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}

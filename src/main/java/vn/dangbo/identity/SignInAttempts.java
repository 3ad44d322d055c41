package vn.dangbo.identity;

import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.identity.domain.AccountRepository;

/** Counts wrong passwords, locks the account after too many in a row, and audits every sign-in attempt. */
@Component
class SignInAttempts {

    private final AccountRepository accounts;
    private final SecuritySettings settings;
    private final AuditTrail audit;

    SignInAttempts(AccountRepository accounts, SecuritySettings settings, AuditTrail audit) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        accounts.findByUsername(username).ifPresentOrElse(a -> {
            int failures = accounts.recordFailure(a.id(), settings.lockout().maxFailures(),
                    OffsetDateTime.now().plusMinutes(settings.lockout().lockMinutes()));
            audit.recordAs(a.id(), a.username(), AuditAction.LOGIN_FAILED, "ACCOUNT", a.id(), null,
                    "Đăng nhập sai mật khẩu (lần " + failures + ")", null, null);
        }, () -> audit.recordAs(null, truncate(username), AuditAction.LOGIN_FAILED, "ACCOUNT", null, null,
                "Đăng nhập với tài khoản không tồn tại", null, null));
    }

    @EventListener
    @Transactional
    public void locked(AuthenticationFailureLockedEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        accounts.findByUsername(username).ifPresent(a -> audit.recordAs(a.id(), a.username(),
                AuditAction.LOGIN_FAILED, "ACCOUNT", a.id(), null, "Đăng nhập khi tài khoản đang bị khóa", null, null));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal p
                && !(event.getAuthentication() instanceof BearerTokenAuthentication)) {
            accounts.recordSuccess(p.currentUser().accountId());
            audit.recordAs(p.currentUser().accountId(), p.getUsername(), AuditAction.LOGIN, "ACCOUNT",
                    p.currentUser().accountId(), null, "Đăng nhập", null, null);
        }
    }

    private static String truncate(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}

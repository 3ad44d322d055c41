package vn.dangbo.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.identity.domain.AccountRepository;
import vn.dangbo.identity.domain.SignInThrottleRepository;

/**
 * Signs in with a username and password (the sign-in page and the API alike) without telling a stranger anything:
 * a wrong password, an unknown username, a locked and a disabled account all fail the same way
 * ({@link BadCredentialsException}); only the right password learns that the account is locked or disabled.
 * <p>
 * Failures are counted in the database per (username, client address): {@code maxFailures} within
 * {@code lockMinutes} lock that username <em>from that address</em>, so a stranger elsewhere cannot lock the ward's
 * clerk out of her own PC; and per client address across usernames: {@code addressMaxFailures} refuse the address for
 * {@code lockMinutes} without looking at any password ({@link SignInThrottled}). The client address is the real one
 * behind a trusted proxy ({@code server.forward-headers-strategy}). Every attempt is audited.
 */
class SignInAttempts implements AuthenticationProvider {

    private static final int MAX_USERNAME = 64;

    private final DaoAuthenticationProvider passwords;
    private final AccountRepository accounts;
    private final SignInThrottleRepository throttle;
    private final SecuritySettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SignInAttempts(UserDetailsService users, PasswordEncoder encoder, AccountRepository accounts,
            SignInThrottleRepository throttle, SecuritySettings settings, AuditTrail audit, TransactionTemplate tx) {
        this.passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // nothing about the account before the password is known to be right...
        passwords.setPreAuthenticationChecks(user -> {});
        // ...and then only whether it is disabled (locks are per address, checked below)
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.accounts = accounts;
        this.throttle = throttle;
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String typed = attempt.getName() == null ? "" : attempt.getName().strip();
        String username = key(typed);
        String address = addressOf(attempt);
        SecuritySettings.Lockout lockout = settings.lockout();
        if (throttle.lockedUntil(SignInThrottleRepository.ANY_USERNAME, address).isPresent()) {
            record(username, "Đăng nhập bị từ chối: quá nhiều lần sai từ địa chỉ " + address);
            throw new SignInThrottled();
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            tx.executeWithoutResult(s -> {
                int failures = throttle.recordFailure(username, address, lockout.maxFailures(), lockout.lockMinutes());
                throttle.recordFailure(SignInThrottleRepository.ANY_USERNAME, address, lockout.addressMaxFailures(),
                        lockout.lockMinutes());
                throttle.deleteStale(lockout.lockMinutes());
                accounts.findByUsername(username).ifPresentOrElse(
                        a -> audit.recordAs(a.id(), a.username(), AuditAction.LOGIN_FAILED, "ACCOUNT", a.id(), null,
                                "Đăng nhập sai mật khẩu từ " + address + " (lần " + failures + ")", null, null),
                        () -> audit.recordAs(null, username, AuditAction.LOGIN_FAILED, "ACCOUNT", null, null,
                                "Đăng nhập với tài khoản không tồn tại từ " + address, null, null));
            });
            throw new BadCredentialsException("bad credentials");
        } catch (DisabledException e) {
            record(username, "Đăng nhập đúng mật khẩu vào tài khoản đã ngừng sử dụng, từ " + address);
            throw e;
        }
        if (throttle.lockedUntil(username, address).isPresent()) {
            record(username, "Đăng nhập khi tài khoản đang bị khóa với địa chỉ " + address);
            throw new LockedException("locked for this address");
        }
        AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
        long id = principal.currentUser().accountId();
        tx.executeWithoutResult(s -> {
            throttle.clear(username, address);
            accounts.recordSuccess(id);
            audit.recordAs(id, principal.getUsername(), AuditAction.LOGIN, "ACCOUNT", id, null,
                    "Đăng nhập từ " + address, null, null);
        });
        return result;
    }

    private void record(String username, String summary) {
        tx.executeWithoutResult(s -> accounts.findByUsername(username).ifPresentOrElse(
                a -> audit.recordAs(a.id(), a.username(), AuditAction.LOGIN_FAILED, "ACCOUNT", a.id(), null, summary,
                        null, null),
                () -> audit.recordAs(null, username, AuditAction.LOGIN_FAILED, "ACCOUNT", null, null, summary, null,
                        null)));
    }

    /** Usernames are matched without regard to case; what a stranger types is cut to a sane length. */
    private static String key(String typed) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        return lower.length() > MAX_USERNAME ? lower.substring(0, MAX_USERNAME) : lower;
    }

    private static String addressOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null) {
            return d.getRemoteAddress();
        }
        return "(không rõ)";
    }
}

package vn.dangbo.identity;

import java.time.Clock;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.identity.domain.ApiTokenRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.identity.domain.Account;
import vn.dangbo.identity.domain.AccountRepository;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.security.Role;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Creating and maintaining accounts. A manager hands out only roles no stronger than their own
 * ({@link Role#assignable()}) and only scopes inside their own; a MEMBER account is tied to one member record.
 */
@Service
@Transactional
public class AccountManagement {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final String AUDIT_TYPE = "ACCOUNT";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final OrganizationDirectory organizations;
    private final MemberAccounts members;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final ApiTokenRepository tokens;
    private final Clock clock;

    AccountManagement(AccountRepository accounts, PasswordEncoder encoder, OrganizationDirectory organizations,
            MemberAccounts members, AccessGuard guard, AuditTrail audit, ApiTokenRepository tokens, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.accounts = accounts;
        this.encoder = encoder;
        this.organizations = organizations;
        this.members = members;
        this.guard = guard;
        this.audit = audit;
    }

    /** What the form submits. {@code memberCardNumber} only for the MEMBER role. */
    public record AccountData(String username, String displayName, Role role, Long scopeOrganizationId,
            String memberCardNumber, boolean enabled) {}

    @Transactional(readOnly = true)
    public List<AccountView> list() {
        CurrentUser user = guard.require(Permission.ACCOUNT_MANAGE);
        List<Account> found = user.isGlobal() ? accounts.findByScopes(null)
                : accounts.findByScopes(organizations.subtree(user.scopeOrganizationId()).stream()
                        .map(OrganizationSummary::id).toList());
        return found.stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        Account a = loadManageable(id);
        return view(a);
    }

    public long create(AccountData data, String password) {
        CurrentUser user = guard.require(Permission.ACCOUNT_MANAGE);
        Resolved r = resolve(user, data);
        String username = validUsername(data.username());
        if (accounts.usernameTaken(username)) {
            throw DomainException.invalid("USERNAME_TAKEN", "account.usernameTaken").onField("username");
        }
        checkPassword(password, "password");
        long id = accounts.insert(username, encoder.encode(password), r.displayName, data.role(), r.scopeId, r.memberId,
                data.enabled(), user.username());
        Account created = accounts.findById(id).orElseThrow();
        audit.created(AUDIT_TYPE, id, scopePath(created), "Tạo tài khoản " + username, created.auditState());
        return id;
    }

    public void update(long id, AccountData data) {
        CurrentUser user = guard.require(Permission.ACCOUNT_MANAGE);
        Account before = loadManageable(id);
        if (before.id() == user.accountId() && (data.role() != before.role() || !data.enabled())) {
            throw DomainException.invalid("OWN_ACCOUNT", "account.cannotDemoteSelf").onField("role");
        }
        Resolved r = resolve(user, data);
        accounts.update(id, r.displayName, data.role(), r.scopeId, r.memberId, data.enabled(), user.username());
        Account after = accounts.findById(id).orElseThrow();
        audit.updated(AUDIT_TYPE, id, scopePath(after), "Sửa tài khoản " + after.username(), before.auditState(),
                after.auditState());
        if (before.enabled() != after.enabled() || before.role() != after.role()
                || !Objects.equals(before.scopeOrganizationId(), after.scopeOrganizationId())
                || !Objects.equals(before.memberId(), after.memberId())) {
            endSessionsAndTokens(after, scopePath(after), "quyền của tài khoản thay đổi");
        }
    }

    /**
     * Moves the account's security stamp on and revokes its API tokens: every session of the account, on any
     * instance, is ended on its next request ({@link AccountStateFilter}), and every token answers 401.
     */
    private long endSessionsAndTokens(Account a, String path, String why) {
        long stamp = accounts.renewSecurityStamp(a.id());
        revokeTokensAndAudit(a, path, why, "mọi phiên đăng nhập");
        return stamp;
    }

    private void revokeTokensAndAudit(Account a, String path, String why, String sessions) {
        int revoked = tokens.deleteAllOf(a.id());
        audit.record(AuditAction.LOGOUT, AUDIT_TYPE, a.id(), path, "Kết thúc " + sessions + " và thu hồi " + revoked
                + " mã truy cập API của tài khoản " + a.username() + " (" + why + ")", null, null);
    }

    public void resetPassword(long id, String password) {
        CurrentUser user = guard.require(Permission.ACCOUNT_MANAGE);
        Account a = loadManageable(id);
        checkPassword(password, "password");
        long stamp = accounts.setPassword(id, encoder.encode(password), user.username());
        audit.updated(AUDIT_TYPE, id, scopePath(a), "Đặt lại mật khẩu tài khoản " + a.username(),
                java.util.Map.of("password", "(cũ)"), java.util.Map.of("password", "(mới)"));
        if (id == user.accountId()) {
            // an administrator resetting their own password is changing it: this session stays
            revokeTokensAndAudit(a, scopePath(a), "đặt lại mật khẩu", "các phiên đăng nhập khác");
            keepCurrentSessionSignedIn(stamp);
        } else {
            revokeTokensAndAudit(a, scopePath(a), "đặt lại mật khẩu", "mọi phiên đăng nhập");
        }
    }

    public void unlock(long id) {
        CurrentUser user = guard.require(Permission.ACCOUNT_MANAGE);
        Account a = loadManageable(id);
        accounts.unlock(id, user.username());
        audit.updated(AUDIT_TYPE, id, scopePath(a), "Mở khóa tài khoản " + a.username(),
                java.util.Map.of("locked", true), java.util.Map.of("locked", false));
    }

    /** Anyone signed in changes their own password, giving the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser user = guard.current();
        Account a = accounts.findById(user.accountId()).orElseThrow(() -> new AccessDeniedException("no account"));
        if (currentPassword == null || !encoder.matches(currentPassword, a.passwordHash())) {
            throw DomainException.invalid("WRONG_PASSWORD", "account.wrongPassword").onField("currentPassword");
        }
        checkPassword(newPassword, "newPassword");
        long stamp = accounts.setPassword(a.id(), encoder.encode(newPassword), user.username());
        audit.updated(AUDIT_TYPE, a.id(), scopePath(a), "Đổi mật khẩu", java.util.Map.of("password", "(cũ)"),
                java.util.Map.of("password", "(mới)"));
        revokeTokensAndAudit(a, scopePath(a), "đổi mật khẩu", "các phiên đăng nhập khác");
        keepCurrentSessionSignedIn(stamp);
    }

    /**
     * After a password change the other sessions end (their stamp is old) but this one stays signed in: its
     * principal takes the new stamp, in the security context and in the HTTP session (set again, so that a session
     * store outside this instance's memory saves it too).
     */
    private static void keepCurrentSessionSignedIn(long stamp) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal p)) {
            return;
        }
        AccountPrincipal renewed = p.withSecurityStamp(stamp);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth instanceof BearerTokenAuthentication ? new BearerTokenAuthentication(renewed)
                : UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null && session.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    /**
     * Creates a system administrator from the command line (first start of a production install). Runs as
     * the system actor; refuses a username already taken.
     */
    public long createAdministrator(String username, String displayName, String password) {
        guard.require(Permission.ACCOUNT_MANAGE);
        String name = validUsername(username);
        if (accounts.usernameTaken(name)) {
            throw DomainException.invalid("USERNAME_TAKEN", "account.usernameTaken").onField("username");
        }
        checkPassword(password, "password");
        FieldLimits.require("displayName", VietnameseText.cleanToNull(displayName), FieldLimits.NAME);
        long id = accounts.insert(name, encoder.encode(password),
                Optional.ofNullable(VietnameseText.cleanToNull(displayName)).orElse(name), Role.SYSTEM_ADMIN, null,
                null, true, guard.current().username());
        audit.created(AUDIT_TYPE, id, null, "Tạo tài khoản quản trị " + name,
                accounts.findById(id).orElseThrow().auditState());
        return id;
    }

    /**
     * Disables the accounts tied to a member who left the roll for good (transferred out of the system, removed,
     * expelled, deceased), ending their sessions and API tokens: the person no longer signs in to a register that
     * no longer holds them. Idempotent (an account already disabled is left alone), because an event listener may
     * be run again after a restart. Needs the right to manage accounts (the listener runs as the system).
     *
     * @return how many accounts were disabled
     */
    public int disableMemberAccounts(long memberId, String why) {
        CurrentUser user = guard.require(Permission.ACCOUNT_MANAGE);
        List<Account> linked = accounts.findEnabledByMember(memberId);
        for (Account before : linked) {
            accounts.disable(before.id(), user.username());
            Account after = accounts.findById(before.id()).orElseThrow();
            String path = scopePath(after);
            audit.updated(AUDIT_TYPE, after.id(), path, "Khoá tài khoản " + after.username() + " (" + why + ")",
                    before.auditState(), after.auditState());
            endSessionsAndTokens(after, path, why);
        }
        return linked.size();
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    private record Resolved(String displayName, Long scopeId, Long memberId) {}

    private Resolved resolve(CurrentUser manager, AccountData data) {
        if (data.role() == null) {
            throw DomainException.invalid("ROLE_REQUIRED", "validation.required").onField("role");
        }
        if (!manager.role().assignable().contains(data.role())) {
            throw DomainException.invalid("ROLE_NOT_ASSIGNABLE", "account.roleNotAssignable").onField("role");
        }
        String displayName = VietnameseText.cleanToNull(data.displayName());
        FieldLimits.require("displayName", displayName, FieldLimits.NAME);
        if (data.role() == Role.MEMBER) {
            String card = VietnameseText.cleanToNull(data.memberCardNumber());
            FieldLimits.require("memberCardNumber", card, FieldLimits.CARD_NUMBER);
            if (card == null) {
                throw DomainException.invalid("CARD_REQUIRED", "validation.required").onField("memberCardNumber");
            }
            MemberAccounts.LinkedMember m = members.findByCardNumber(card, guard.scopePath())
                    .orElseThrow(() -> DomainException.invalid("MEMBER_NOT_FOUND", "account.memberNotFound")
                            .onField("memberCardNumber"));
            return new Resolved(displayName == null ? m.fullName() : displayName, m.organizationId(), m.memberId());
        }
        if (displayName == null) {
            throw DomainException.invalid("NAME_REQUIRED", "validation.required").onField("displayName");
        }
        Long scope = data.scopeOrganizationId();
        if (scope == null) {
            if (data.role() != Role.SYSTEM_ADMIN) {
                throw DomainException.invalid("SCOPE_REQUIRED", "account.scopeRequired").onField("scopeOrganizationId");
            }
        } else if (!guard.canOnOrganization(Permission.ACCOUNT_MANAGE, scope)) {
            // the form offers only organizations within scope: anything else is tampering
            throw new vn.dangbo.shared.security.OutsideScopeException("scope outside the manager's own");
        }
        return new Resolved(displayName, scope, null);
    }

    private Account loadManageable(long id) {
        CurrentUser user = guard.require(Permission.ACCOUNT_MANAGE);
        Account a = accounts.findById(id)
                .orElseThrow(() -> DomainException.notFound("ACCOUNT_NOT_FOUND", "account.notFound"));
        if (!user.isGlobal() && (a.scopeOrganizationId() == null
                || !guard.canOnOrganization(Permission.ACCOUNT_MANAGE, a.scopeOrganizationId())
                || !user.role().assignable().contains(a.role()))) {
            throw new vn.dangbo.shared.security.OutsideScopeException("account outside scope");
        }
        return a;
    }

    private String scopePath(Account a) {
        return a.scopeOrganizationId() == null ? null : organizations.pathOf(a.scopeOrganizationId()).orElse(null);
    }

    private AccountView view(Account a) {
        String scopeName = a.scopeOrganizationId() == null ? null
                : organizations.find(a.scopeOrganizationId()).map(OrganizationSummary::name).orElse(null);
        return new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.scopeOrganizationId(), scopeName,
                a.memberId(), a.enabled(), a.lockedAt(java.time.OffsetDateTime.now(clock)), a.lastLoginAt());
    }

    private static String validUsername(String username) {
        String u = username == null ? "" : username.strip();
        if (!u.matches("[A-Za-z0-9._-]{3,40}")) {
            throw DomainException.invalid("USERNAME_INVALID", "account.usernameInvalid").onField("username");
        }
        return u;
    }

    private static void checkPassword(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("PASSWORD_WEAK", "account.passwordTooShort", MIN_PASSWORD_LENGTH)
                    .onField(field);
        }
        // BCrypt reads at most 72 bytes of a password (and refuses more): a Vietnamese letter takes 2 or 3 of them
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw DomainException.invalid("PASSWORD_TOO_LONG", "account.passwordTooLong", MAX_PASSWORD_BYTES)
                    .onField(field);
        }
    }

    public record AccountView(long id, String username, String displayName, Role role, Long scopeOrganizationId,
            String scopeName, Long memberId, boolean enabled, boolean locked, java.time.OffsetDateTime lastLoginAt) {}
}

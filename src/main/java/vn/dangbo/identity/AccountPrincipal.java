package vn.dangbo.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.CurrentUserPrincipal;

/**
 * The signed-in account in Spring Security's context. Kept in the HTTP session, so serializable; the
 * password hash is erased once sign-in succeeds. {@code securityStamp} is the account's stamp when it signed in:
 * {@link AccountStateFilter} ends the session as soon as the account's stamp in the database moved on.
 * Sign-in locks are per client address ({@link SignInAttempts}), so the principal itself is never locked.
 */
final class AccountPrincipal implements UserDetails, CurrentUserPrincipal, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    private final CurrentUser currentUser;
    private final boolean enabled;
    private final long securityStamp;
    private String passwordHash;

    AccountPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled, long securityStamp) {
        this.currentUser = currentUser;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.securityStamp = securityStamp;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    long securityStamp() {
        return securityStamp;
    }

    /** The same account under a new stamp (the session that changed its own password stays signed in). */
    AccountPrincipal withSecurityStamp(long stamp) {
        return new AccountPrincipal(currentUser, null, enabled, stamp);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    AccountPrincipal withoutCredentials() {
        eraseCredentials();
        return this;
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return currentUser.username();
    }
}

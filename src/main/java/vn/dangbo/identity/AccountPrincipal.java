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
 * password hash is erased once sign-in succeeds.
 */
final class AccountPrincipal implements UserDetails, CurrentUserPrincipal, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser currentUser;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    AccountPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled, boolean locked) {
        this.currentUser = currentUser;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
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
    public boolean isAccountNonLocked() {
        return !locked;
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

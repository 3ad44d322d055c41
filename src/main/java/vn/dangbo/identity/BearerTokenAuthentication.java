package vn.dangbo.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API request authenticated by a bearer token. */
class BearerTokenAuthentication extends AbstractAuthenticationToken {

    private final AccountPrincipal principal;

    BearerTokenAuthentication(AccountPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}

package vn.dangbo.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.dangbo.identity.domain.Account;
import vn.dangbo.identity.domain.AccountRepository;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return principalOf(a);
    }

    static AccountPrincipal principalOf(Account a) {
        return new AccountPrincipal(a.currentUser(), a.passwordHash(), a.enabled(), a.securityStamp());
    }
}

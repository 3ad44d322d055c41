package vn.dangbo.identity;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.domain.AccountState;
import vn.dangbo.shared.security.CurrentUserPrincipal;
import vn.dangbo.identity.domain.AccountRepository;
import vn.dangbo.identity.domain.ApiTokenRepository;

/** Issues and checks API tokens: 256 random bits shown once, stored only as a SHA-256 hash. */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final SecuritySettings settings;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, SecuritySettings settings, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.accounts = accounts;
        this.settings = settings;
    }

    /**
     * A token for the account that just signed in, valid while the account keeps the security stamp it signed in
     * under: a password change or reset, or a change of its rights in between, leaves the token dead on arrival.
     */
    @Transactional
    public IssuedToken issue(CurrentUserPrincipal signedIn) {
        if (!(signedIn instanceof AccountPrincipal principal)) {
            throw new IllegalArgumentException("not an account signed in with its password");
        }
        long accountId = principal.currentUser().accountId();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.now(clock).plusHours(settings.apiTokenHours());
        tokens.deleteExpired();
        tokens.insert(accountId, hash(token), expires, principal.securityStamp());
        return new IssuedToken(token, expires);
    }

    /** The account of a live token issued under the account's current stamp, as it is now. */
    @Transactional(readOnly = true)
    Optional<AccountState> accountOf(String token) {
        return accounts.findByLiveToken(hash(token));
    }

    /** Revokes every API token of the account (its password or rights changed); returns how many were live. */
    @Transactional
    public int revokeAll(long accountId) {
        return tokens.deleteAllOf(accountId);
    }

    @Transactional
    public void revoke(String token) {
        tokens.delete(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record IssuedToken(String token, OffsetDateTime expiresAt) {}
}

package vn.dangbo.identity;

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
import vn.dangbo.identity.domain.Account;
import vn.dangbo.identity.domain.AccountRepository;
import vn.dangbo.identity.domain.ApiTokenRepository;

/** Issues and checks API tokens: 256 random bits shown once, stored only as a SHA-256 hash. */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final SecuritySettings settings;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, SecuritySettings settings) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.settings = settings;
    }

    @Transactional
    public IssuedToken issue(long accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.now().plusHours(settings.apiTokenHours());
        tokens.deleteExpired();
        tokens.insert(accountId, hash(token), expires);
        return new IssuedToken(token, expires);
    }

    @Transactional(readOnly = true)
    Optional<Account> accountOf(String token) {
        return accounts.findByLiveToken(hash(token))
                .filter(a -> !a.lockedAt(OffsetDateTime.now()));
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

package vn.dangbo.identity.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long accountId, String tokenHash, OffsetDateTime expiresAt) {
        jdbc.sql("INSERT INTO api_token (account_id, token_hash, expires_at) VALUES (?, ?, ?)")
                .params(accountId, tokenHash, expiresAt).update();
    }

    /** The account id of a live token. */
    public Optional<Long> accountOf(String tokenHash) {
        return jdbc.sql("SELECT account_id FROM api_token WHERE token_hash = ? AND expires_at > now()")
                .param(tokenHash).query(Long.class).optional();
    }

    public void delete(String tokenHash) {
        jdbc.sql("DELETE FROM api_token WHERE token_hash = ?").param(tokenHash).update();
    }

    public void deleteExpired() {
        jdbc.sql("DELETE FROM api_token WHERE expires_at < now()").update();
    }
}

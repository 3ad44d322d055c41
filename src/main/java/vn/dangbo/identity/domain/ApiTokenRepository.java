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

    /** A token valid only while the account keeps the security stamp it was issued under. */
    public void insert(long accountId, String tokenHash, OffsetDateTime expiresAt, long securityStamp) {
        jdbc.sql("INSERT INTO api_token (account_id, token_hash, expires_at, security_stamp) VALUES (?, ?, ?, ?)")
                .params(accountId, tokenHash, expiresAt, securityStamp).update();
    }

    /** Revokes every token of the account; returns how many were live. */
    public int deleteAllOf(long accountId) {
        return jdbc.sql("""
                WITH gone AS (DELETE FROM api_token WHERE account_id = ? RETURNING expires_at)
                SELECT count(*) FILTER (WHERE expires_at > now()) FROM gone""")
                .param(accountId).query(Integer.class).single();
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

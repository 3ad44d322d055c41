package vn.dangbo.identity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.shared.security.Role;

@Repository
public class AccountRepository {

    private static final String COLUMNS = """
            id, username, password_hash, display_name, role, scope_organization_id, member_id, enabled,
            failed_attempts, locked_until, last_login_at""";
    private static final RowMapper<Account> MAPPER = AccountRepository::map;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        long scope = rs.getLong("scope_organization_id");
        Long scopeId = rs.wasNull() ? null : scope;
        long member = rs.getLong("member_id");
        Long memberId = rs.wasNull() ? null : member;
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), scopeId, memberId,
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getObject("last_login_at", OffsetDateTime.class));
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE lower(username) = lower(?)")
                .param(username).query(MAPPER).optional();
    }

    /** The enabled account that owns a live API token. */
    public Optional<Account> findByLiveToken(String tokenHash) {
        return jdbc.sql("""
                SELECT a.id, a.username, a.password_hash, a.display_name, a.role, a.scope_organization_id, a.member_id,
                       a.enabled, a.failed_attempts, a.locked_until, a.last_login_at
                FROM api_token t JOIN account a ON a.id = t.account_id
                 WHERE t.token_hash = ? AND t.expires_at > now() AND a.enabled""")
                .param(tokenHash).query(MAPPER).optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?").param(id).query(MAPPER).optional();
    }

    /** Accounts whose scope is one of the organizations (null: every account), by username. */
    public List<Account> findByScopes(Collection<Long> organizationIds) {
        if (organizationIds == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY lower(username)").query(MAPPER).list();
        }
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE scope_organization_id IN (:ids) ORDER BY lower(username)")
                .param("ids", organizationIds).query(MAPPER).list();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM account WHERE lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    public long insert(String username, String passwordHash, String displayName, Role role, Long scopeOrganizationId,
            Long memberId, String actor) {
        return jdbc.sql("""
                INSERT INTO account (username, password_hash, display_name, role, scope_organization_id, member_id,
                    created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(username, passwordHash, displayName, role.name(), scopeOrganizationId, memberId, actor, actor)
                .query(Long.class).single();
    }

    public void update(long id, String displayName, Role role, Long scopeOrganizationId, Long memberId,
            boolean enabled, String actor) {
        jdbc.sql("""
                UPDATE account SET display_name = ?, role = ?, scope_organization_id = ?, member_id = ?, enabled = ?,
                    updated_at = now(), updated_by = ? WHERE id = ?""")
                .params(displayName, role.name(), scopeOrganizationId, memberId, enabled, actor, id).update();
    }

    public void setPassword(long id, String passwordHash, String actor) {
        jdbc.sql("""
                UPDATE account SET password_hash = ?, password_changed_at = now(), failed_attempts = 0,
                    locked_until = NULL, updated_at = now(), updated_by = ? WHERE id = ?""")
                .params(passwordHash, actor, id).update();
    }

    /** Counts a failed sign-in; locks the account until {@code lockUntil} when the count reaches {@code max}. */
    public int recordFailure(long id, int max, OffsetDateTime lockUntil) {
        return jdbc.sql("""
                UPDATE account SET failed_attempts = failed_attempts + 1,
                    locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
                WHERE id = ? RETURNING failed_attempts""")
                .params(max, lockUntil, id).query(Integer.class).single();
    }

    public void recordSuccess(long id) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = ?")
                .param(id).update();
    }

    public void unlock(long id, String actor) {
        jdbc.sql("""
                UPDATE account SET failed_attempts = 0, locked_until = NULL, updated_at = now(), updated_by = ?
                WHERE id = ?""").params(actor, id).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }
}

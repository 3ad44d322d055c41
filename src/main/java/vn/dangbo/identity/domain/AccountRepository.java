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

    /** locked_until: the latest lock of the username from any client address ({@code sign_in_throttle}). */
    private static final String COLUMNS = """
            a.id, a.username, a.password_hash, a.display_name, a.role, a.scope_organization_id, a.member_id,
            a.enabled, a.failed_attempts,
            (SELECT max(s.locked_until) FROM sign_in_throttle s
              WHERE s.username = lower(a.username) AND s.locked_until > now()) AS locked_until,
            a.last_login_at, a.security_stamp""";
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
                rs.getObject("locked_until", OffsetDateTime.class), rs.getObject("last_login_at", OffsetDateTime.class),
                rs.getLong("security_stamp"));
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE lower(username) = lower(?)")
                .param(username).query(MAPPER).optional();
    }

    /**
     * The enabled account that owns a live API token issued under the account's current security stamp, with the
     * path of its scope organization: one indexed read per API request, which also spares the access guard its own
     * look-up of the scope path.
     */
    public Optional<AccountState> findByLiveToken(String tokenHash) {
        return jdbc.sql("""
                SELECT a.id, a.username, a.display_name, a.enabled, a.role, a.scope_organization_id, a.member_id,
                       a.security_stamp, o.path
                FROM api_token t JOIN account a ON a.id = t.account_id
                LEFT JOIN party_organization o ON o.id = a.scope_organization_id
                 WHERE t.token_hash = ? AND t.expires_at > now() AND a.enabled
                   AND t.security_stamp = a.security_stamp""")
                .param(tokenHash).query(AccountRepository::state).optional();
    }

    /**
     * What a request needs to know about the signed-in account right now: enabled, role, scope (with its path,
     * so that the access guard need not read it again) and security stamp. One read by primary key per request.
     */
    public Optional<AccountState> stateOf(long id) {
        return jdbc.sql("""
                SELECT a.id, a.username, a.display_name, a.enabled, a.role, a.scope_organization_id, a.member_id,
                       a.security_stamp, o.path
                FROM account a LEFT JOIN party_organization o ON o.id = a.scope_organization_id
                WHERE a.id = ?""")
                .param(id).query(AccountRepository::state).optional();
    }

    private static AccountState state(ResultSet rs, int row) throws SQLException {
        long scope = rs.getLong("scope_organization_id");
        Long scopeId = rs.wasNull() ? null : scope;
        long member = rs.getLong("member_id");
        Long memberId = rs.wasNull() ? null : member;
        return new AccountState(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")), scopeId, memberId,
                rs.getLong("security_stamp"), rs.getString("path"));
    }

    /**
     * Moves the account's security stamp on: every session signed in and every API token issued before is refused
     * from its next request. Returns the new stamp.
     */
    public long renewSecurityStamp(long id) {
        return jdbc.sql("UPDATE account SET security_stamp = security_stamp + 1 WHERE id = ? RETURNING security_stamp")
                .param(id).query(Long.class).single();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE id = ?").param(id).query(MAPPER).optional();
    }

    /** Accounts whose scope is one of the organizations (null: every account), by username. */
    public List<Account> findByScopes(Collection<Long> organizationIds) {
        if (organizationIds == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM account a ORDER BY lower(a.username)").query(MAPPER).list();
        }
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE scope_organization_id IN (:ids) ORDER BY lower(username)")
                .param("ids", organizationIds).query(MAPPER).list();
    }

    /** The enabled accounts tied to this member record (MEMBER role). */
    public List<Account> findEnabledByMember(long memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE member_id = ? AND enabled ORDER BY id")
                .param(memberId).query(MAPPER).list();
    }

    public void disable(long id, String actor) {
        jdbc.sql("UPDATE account SET enabled = false, updated_at = now(), updated_by = ? WHERE id = ?")
                .params(actor, id).update();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM account a WHERE lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    public long insert(String username, String passwordHash, String displayName, Role role, Long scopeOrganizationId,
            Long memberId, boolean enabled, String actor) {
        return jdbc.sql("""
                INSERT INTO account (username, password_hash, display_name, role, scope_organization_id, member_id,
                    enabled, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(username, passwordHash, displayName, role.name(), scopeOrganizationId, memberId, enabled, actor,
                        actor)
                .query(Long.class).single();
    }

    public void update(long id, String displayName, Role role, Long scopeOrganizationId, Long memberId,
            boolean enabled, String actor) {
        jdbc.sql("""
                UPDATE account SET display_name = ?, role = ?, scope_organization_id = ?, member_id = ?, enabled = ?,
                    updated_at = now(), updated_by = ? WHERE id = ?""")
                .params(displayName, role.name(), scopeOrganizationId, memberId, enabled, actor, id).update();
    }

    /** Sets a new password, lifts any sign-in lock and moves the security stamp on; returns the new stamp. */
    public long setPassword(long id, String passwordHash, String actor) {
        long stamp = jdbc.sql("""
                UPDATE account SET password_hash = ?, password_changed_at = now(), failed_attempts = 0,
                    locked_until = NULL, security_stamp = security_stamp + 1, updated_at = now(), updated_by = ?
                WHERE id = ? RETURNING security_stamp""")
                .params(passwordHash, actor, id).query(Long.class).single();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = (SELECT lower(username) FROM account WHERE id = ?)")
                .param(id).update();
        return stamp;
    }

    public void recordSuccess(long id) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = ?")
                .param(id).update();
    }

    public void unlock(long id, String actor) {
        jdbc.sql("""
                UPDATE account SET failed_attempts = 0, locked_until = NULL, updated_at = now(), updated_by = ?
                WHERE id = ?""").params(actor, id).update();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = (SELECT lower(username) FROM account WHERE id = ?)")
                .param(id).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }
}

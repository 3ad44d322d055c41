package vn.dangbo.identity.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per (username, client address) and per client address across usernames ({@link #ANY_USERNAME}),
 * in the database so that every application instance counts the same failures. A key is locked when its failures
 * within the window reach the maximum; a lock that ran out, or failures older than the window, start afresh.
 */
@Repository
public class SignInThrottleRepository {

    /** The username of the row counting an address's failures across all usernames. */
    public static final String ANY_USERNAME = "";

    private final JdbcClient jdbc;

    SignInThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when the key is locked, if it is now. */
    public Optional<OffsetDateTime> lockedUntil(String username, String address) {
        return jdbc.sql("""
                SELECT locked_until FROM sign_in_throttle
                WHERE username = ? AND address = ? AND locked_until > now()""")
                .params(username, address).query(OffsetDateTime.class).optional();
    }

    /**
     * Counts one failure atomically (two instances counting at once both count) and locks the key for
     * {@code minutes} when the failures within the last {@code minutes} reach {@code max}. Returns the count.
     */
    public int recordFailure(String username, String address, int max, int minutes) {
        return jdbc.sql("""
                INSERT INTO sign_in_throttle AS t (username, address, failures, first_failure_at, locked_until)
                VALUES (:username, :address, 1, now(), CASE WHEN 1 >= :max THEN now() + make_interval(mins => :minutes) END)
                ON CONFLICT (username, address) DO UPDATE SET
                  failures = CASE WHEN t.locked_until <= now()
                                    OR (t.locked_until IS NULL AND t.first_failure_at < now() - make_interval(mins => :minutes))
                                  THEN 1 ELSE t.failures + 1 END,
                  first_failure_at = CASE WHEN t.locked_until <= now()
                                    OR (t.locked_until IS NULL AND t.first_failure_at < now() - make_interval(mins => :minutes))
                                  THEN now() ELSE t.first_failure_at END,
                  locked_until = CASE
                    WHEN t.locked_until > now() THEN t.locked_until
                    WHEN t.locked_until <= now()
                         OR (t.locked_until IS NULL AND t.first_failure_at < now() - make_interval(mins => :minutes))
                      THEN CASE WHEN 1 >= :max THEN now() + make_interval(mins => :minutes) END
                    WHEN t.failures + 1 >= :max THEN now() + make_interval(mins => :minutes)
                  END
                RETURNING failures""")
                .param("username", username).param("address", address).param("max", max).param("minutes", minutes)
                .query(Integer.class).single();
    }

    /** Forgets the failures of a username from an address (after a successful sign-in from there). */
    public void clear(String username, String address) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = ? AND address = ?").params(username, address).update();
    }

    /** Forgets rows that neither lock anything nor count within the window any more. */
    public void deleteStale(int minutes) {
        jdbc.sql("""
                DELETE FROM sign_in_throttle
                WHERE (locked_until IS NULL OR locked_until < now())
                  AND first_failure_at < now() - make_interval(mins => ?)""").param(minutes).update();
    }
}

package vn.dangbo.settings.domain;

import vn.dangbo.settings.CalendarDay;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored rule setting values and the administrator's calendar days. */
@Repository
public class SettingStore {

    /** One stored value of a setting. */
    public record StoredValue(long id, String key, String scopePath, String value, LocalDate effectiveFrom,
            String reason, String createdBy, OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;

    SettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The value in force on {@code on} for an organization path: the most specific scope, then the latest. */
    public Optional<StoredValue> inForce(String key, LocalDate on, String organizationPath) {
        return jdbc.sql("""
                SELECT * FROM settings_rule_value
                 WHERE setting_key = :key AND effective_from <= :on AND starts_with(:path, scope_path)
                 ORDER BY length(scope_path) DESC, effective_from DESC, id DESC LIMIT 1""")
                .param("key", key).param("on", on).param("path", organizationPath)
                .query(SettingStore::value).optional();
    }

    /** Every value of a setting set for these scopes, newest first. */
    public List<StoredValue> history(String key, List<String> scopes) {
        return jdbc.sql("""
                SELECT * FROM settings_rule_value WHERE setting_key = :key AND scope_path IN (:scopes)
                 ORDER BY effective_from DESC, id DESC LIMIT 200""")
                .param("key", key).param("scopes", scopes).query(SettingStore::value).list();
    }

    public long insert(String key, String scopePath, String value, LocalDate effectiveFrom, String reason,
            String actor) {
        return jdbc.sql("""
                INSERT INTO settings_rule_value (setting_key, scope_path, value, effective_from, reason, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(key, scopePath, value, effectiveFrom, reason, actor).query(Long.class).single();
    }

    /** The days of a year, live and removed, by date. */
    public List<CalendarDay> days(int year) {
        return jdbc.sql("""
                SELECT * FROM settings_calendar_day WHERE day >= make_date(?, 1, 1) AND day < make_date(? + 1, 1, 1)
                 ORDER BY day, id""").params(year, year).query(SettingStore::day).list();
    }

    /** Every live day (the calendar needs them all: a deadline can run into the next year). */
    public List<CalendarDay> liveDays() {
        return jdbc.sql("SELECT * FROM settings_calendar_day WHERE removed_at IS NULL ORDER BY day")
                .query(SettingStore::day).list();
    }

    public Optional<CalendarDay> liveDay(LocalDate day) {
        return jdbc.sql("SELECT * FROM settings_calendar_day WHERE day = ? AND removed_at IS NULL").param(day)
                .query(SettingStore::day).optional();
    }

    public Optional<CalendarDay> day(long id) {
        return jdbc.sql("SELECT * FROM settings_calendar_day WHERE id = ?").param(id).query(SettingStore::day).optional();
    }

    public long insertDay(LocalDate day, boolean dayOff, String reason, String actor) {
        return jdbc.sql("INSERT INTO settings_calendar_day (day, day_off, reason, created_by) VALUES (?, ?, ?, ?) RETURNING id")
                .params(day, dayOff, reason, actor).query(Long.class).single();
    }

    public boolean removeDay(long id, String actor) {
        return jdbc.sql("UPDATE settings_calendar_day SET removed_by = ?, removed_at = now() WHERE id = ? AND removed_at IS NULL")
                .params(actor, id).update() == 1;
    }

    private static StoredValue value(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredValue(rs.getLong("id"), rs.getString("setting_key"), rs.getString("scope_path"),
                rs.getString("value"), rs.getObject("effective_from", LocalDate.class), rs.getString("reason"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }

    private static CalendarDay day(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CalendarDay(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getBoolean("day_off"),
                rs.getString("reason"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("removed_by"), rs.getObject("removed_at", OffsetDateTime.class));
    }
}

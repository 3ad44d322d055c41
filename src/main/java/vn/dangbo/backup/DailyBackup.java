package vn.dangbo.backup;

import java.time.Clock;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import vn.dangbo.shared.format.Zones;

/**
 * The daily backup at {@code dangbo.backup.daily-at} (Vietnam time, 02:00 unless configured), keeping the newest
 * {@code dangbo.backup.keep}. Several instances sharing a database make one backup a day: the one that gets the
 * advisory lock checks the audit trail for today's daily backup and writes it only when there is none.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyBackup implements SchedulingConfigurer {

    /** pg_advisory_lock key of the daily backup (any constant unique within the application). */
    static final long LOCK_KEY = 0x64616e67626f4231L;

    private static final Logger log = LoggerFactory.getLogger(DailyBackup.class);

    private final Backups backups;
    private final DataSource dataSource;
    private final BackupSettings settings;
    private final Clock clock;

    DailyBackup(Backups backups, DataSource dataSource, BackupSettings settings, Clock clock) {
        this.clock = clock;
        this.backups = backups;
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!settings.dailyEnabled()) {
            return;
        }
        String cron = "%d %d %d * * *".formatted(settings.dailyAt().getSecond(), settings.dailyAt().getMinute(),
                settings.dailyAt().getHour());
        registrar.addCronTask(new CronTask(this::runSafely, new CronTrigger(cron, Zones.VIETNAM)));
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.error("Sao lưu tự động hằng ngày không thành công", e);
        }
    }

    /** Makes today's daily backup unless another instance holds the lock or it was already made; true if made. */
    boolean runOnce() {
        try (Connection c = dataSource.getConnection()) {
            if (!query(c, "SELECT pg_try_advisory_lock(?)", LOCK_KEY, null)) {
                log.info("Sao lưu tự động: một phiên bản khác đang sao lưu, bỏ qua");
                return false;
            }
            try {
                OffsetDateTime startOfDay = LocalDate.now(clock).atStartOfDay(Zones.VIETNAM).toOffsetDateTime();
                if (query(c, "SELECT EXISTS (SELECT 1 FROM audit_event WHERE entity_type = '" + Backups.AUDIT_ENTITY
                        + "' AND action = 'CREATE' AND after_state->>'trigger' = 'daily' AND occurred_at >= ?)", null,
                        startOfDay)) {
                    log.info("Sao lưu tự động: hôm nay đã có bản sao lưu tự động, bỏ qua");
                    return false;
                }
                backups.writeToFolder(true, "daily");
                return true;
            } finally {
                query(c, "SELECT pg_advisory_unlock(?)", LOCK_KEY, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("daily backup: " + e.getMessage(), e);
        }
    }

    private static boolean query(Connection c, String sql, Long key, OffsetDateTime time) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (key != null) {
                ps.setLong(1, key);
            } else if (time != null) {
                ps.setObject(1, time);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}

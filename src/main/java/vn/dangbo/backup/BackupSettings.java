package vn.dangbo.backup;

import java.nio.file.Path;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * {@code dangbo.backup.*}: where backups are written ({@code dir}, DANGBO_BACKUP_DIR; empty means a folder
 * {@code backups} beside the embedded data directory, e.g. data/backups), how many daily backups are kept
 * ({@code keep}), and when the daily backup runs ({@code daily-at}, Vietnam time; {@code daily-enabled});
 * {@code running-embedded-server} is set by {@code --backup} when it reaches the embedded server of a running instance.
 */
@ConfigurationProperties("dangbo.backup")
public record BackupSettings(String dir, Integer keep, LocalTime dailyAt, Boolean dailyEnabled, String dataDir,
        boolean runningEmbeddedServer) {

    public BackupSettings {
        keep = keep == null || keep < 1 ? 14 : keep;
        dailyAt = dailyAt == null ? LocalTime.of(2, 0) : dailyAt;
        dailyEnabled = dailyEnabled == null || dailyEnabled;
    }

    /** The folder of backups: {@code dir}, else beside the embedded data directory, else ./data/backups. */
    public Path folder() {
        if (StringUtils.hasText(dir)) {
            return Path.of(dir).toAbsolutePath();
        }
        if (StringUtils.hasText(dataDir)) {
            Path parent = Path.of(dataDir).toAbsolutePath().getParent();
            if (parent != null) {
                return parent.resolve("backups");
            }
        }
        return Path.of("data", "backups").toAbsolutePath();
    }
}

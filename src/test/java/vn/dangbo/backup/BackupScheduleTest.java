package vn.dangbo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.support.DangboTest;

/** The daily backup: the newest N kept, made once a day however many instances share the database. */
@DangboTest
class BackupScheduleTest {

    @Autowired DailyBackup daily;
    @Autowired Backups backups;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void retentionKeepsTheNewestDailyBackupsAndEveryBackupMadeOnDemand(@TempDir Path folder) throws IOException {
        LocalDateTime day = LocalDateTime.of(2025, 12, 1, 2, 0);
        for (int i = 0; i < 5; i++) {
            Files.write(BackupFolder.newFile(folder, day.plusDays(i), true), new byte[] {1});
        }
        Files.write(BackupFolder.newFile(folder, day.minusDays(30), false), new byte[] {1});
        Files.write(folder.resolve("ghi-chu.txt"), new byte[] {1});

        List<String> deleted = BackupFolder.prune(folder, 3);

        assertThat(deleted).containsExactly("dangbo-20251202-020000-tu-dong.zip", "dangbo-20251201-020000-tu-dong.zip");
        assertThat(BackupFolder.list(folder)).extracting(BackupFolder.Entry::name).containsExactly(
                "dangbo-20251205-020000-tu-dong.zip", "dangbo-20251204-020000-tu-dong.zip",
                "dangbo-20251203-020000-tu-dong.zip", "dangbo-20251101-020000.zip");
        assertThat(folder.resolve("ghi-chu.txt")).exists();
    }

    @Test
    void theDailyBackupIsMadeOnceADayAndNotWhileAnotherInstanceHoldsTheLock() throws Exception {
        jdbc.sql("DELETE FROM audit_event WHERE entity_type = 'BACKUP' AND after_state->>'trigger' = 'daily'").update();
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, DailyBackup.LOCK_KEY);
            lock.execute();
            assertThat(daily.runOnce()).as("another instance is backing up").isFalse();
            try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, DailyBackup.LOCK_KEY);
                unlock.execute();
            }
        }
        long before = dailyFiles();

        assertThat(daily.runOnce()).isTrue();
        assertThat(daily.runOnce()).as("today's backup exists").isFalse();

        assertThat(dailyFiles()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'BACKUP' "
                + "AND after_state->>'trigger' = 'daily'").query(Long.class).single()).isEqualTo(1);
    }

    private long dailyFiles() {
        return BackupFolder.list(backups.folder()).stream().filter(BackupFolder.Entry::daily).count();
    }
}

package vn.dangbo.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * {@code --backup [--to=FILE]}: writes a backup (into the backup folder unless a file is given) and exits.
 * {@code --restore=FILE}: checks the whole file, then replaces every table's data with the backup's, and exits;
 * it refuses, with nothing changed, when the file is damaged, made by another schema version, or when anything
 * else (a running dangbo) is connected to the database. Both run without the HTTP port. With the embedded database,
 * a running dangbo's PostgreSQL is reached through its port (see {@code vn.dangbo.config.RunningEmbeddedServer}).
 */
@Component
@Order(1)
class BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);
    static final String ACTOR = "(dòng lệnh)";

    private final Backups backups;
    private final DataSource dataSource;
    private final MessageSource messages;
    private final ConfigurableApplicationContext context;

    BackupCommand(Backups backups, DataSource dataSource, MessageSource messages, ConfigurableApplicationContext context) {
        this.backups = backups;
        this.dataSource = dataSource;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean backup = args.containsOption("backup");
        boolean restore = args.containsOption("restore");
        if (!backup && !restore) {
            return;
        }
        int code;
        if (backup) {
            code = backup(option(args, "to"));
        } else {
            code = restore(option(args, "restore"));
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private int backup(String to) {
        try {
            Backups.Written w = to == null ? backups.writeToFolder(false, "command")
                    : backups.writeTo(Path.of(to), "command");
            say("backup.command.done", w.file(), w.tables(), w.rows(), megabytes(w.bytes()),
                    seconds(w.took().toNanos()));
            return 0;
        } catch (RuntimeException e) {
            log.error("Không sao lưu được (backup failed)", e);
            return 1;
        }
    }

    private int restore(String file) {
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            refuse(new BackupRefused("backup.refused.noFile", file == null ? "" : file));
            return 2;
        }
        Path path = Path.of(file);
        try {
            DataSource target = singleConnection();
            long start = System.nanoTime();
            Backups.Restored r = backups.restore(path, target, ACTOR);
            Manifest m = r.manifest();
            say("backup.command.restored", path, r.rows(), seconds(System.nanoTime() - start));
            say("backup.command.restoredFrom", m.createdAt(), m.source().kind(), m.source().host(),
                    m.applicationVersion(), m.schemaVersion());
            return 0;
        } catch (BackupRefused e) {
            refuse(e);
            return 2;
        }
    }

    /**
     * The restore works on its own connection: the application's pool (and the idle connections it keeps) is closed
     * first, so that any other session found on the database is someone else's, such as a running dangbo.
     */
    private DataSource singleConnection() {
        try {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            SimpleDriverDataSource single = new SimpleDriverDataSource(new org.postgresql.Driver(), hikari.getJdbcUrl(),
                    hikari.getUsername(), hikari.getPassword());
            hikari.close();
            return single;
        } catch (SQLException e) {
            return dataSource;
        }
    }

    private void say(String key, Object... args) {
        log.info("{}", messages.getMessage(key, args, Locale.forLanguageTag("vi")));
        log.info("{}", messages.getMessage(key, args, Locale.ENGLISH));
    }

    private void refuse(BackupRefused e) {
        String vi = messages.getMessage(e.messageKey(), e.args(), Locale.forLanguageTag("vi"));
        String en = messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH);
        log.error("Không phục hồi, dữ liệu không bị thay đổi: {}", vi);
        log.error("Restore refused, nothing was changed: {}", en);
    }

    /** Numbers for the message, so that each language writes them its own way (0,1 MB; 0.1 MB). */
    static java.math.BigDecimal megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP);
    }

    static java.math.BigDecimal seconds(long nanos) {
        return java.math.BigDecimal.valueOf(nanos).divide(java.math.BigDecimal.valueOf(1_000_000_000L), 1,
                java.math.RoundingMode.HALF_UP);
    }

    private static String option(ApplicationArguments args, String name) {
        return args.containsOption(name) && !args.getOptionValues(name).isEmpty()
                && !args.getOptionValues(name).get(0).isBlank() ? args.getOptionValues(name).get(0) : null;
    }
}

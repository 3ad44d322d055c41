package vn.dangbo.shared.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last step of every staged import: imports untouched for {@code dangbo.import.keep-days} (7) lose their staged
 * rows and, unconfirmed, expire. Runs at start and every {@code dangbo.import.expiry-minutes} (60) on each instance;
 * a transaction-scoped PostgreSQL advisory lock lets one instance at a time do it (the other skips that round), and
 * every statement is conditional anyway, so two instances never expire an import twice.
 */
@Component
public class ImportExpiry {

    private static final Logger log = LoggerFactory.getLogger(ImportExpiry.class);
    /** The advisory lock of the expiry ("dangbo.import.expiry" as a number). */
    public static final long LOCK = 0x64616e67626f4945L;

    private final List<StagedImports> imports;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration keep;

    ImportExpiry(List<StagedImports> imports, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${dangbo.import.keep-days:7}") int keepDays) {
        this.imports = List.copyOf(imports);
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.keep = Duration.ofDays(keepDays);
    }

    /** Expires what is due now; returns how many imports expired, or -1 when another instance holds the lock. */
    @Scheduled(initialDelayString = "${dangbo.import.expiry-initial-seconds:20}",
            fixedDelayString = "#{${dangbo.import.expiry-minutes:60} * 60}", timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    public int run() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(keep);
        try {
            Integer expired = tx.execute(s -> {
                if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK)
                        .query(Boolean.class).single())) {
                    return -1;
                }
                int n = 0;
                for (StagedImports i : imports) {
                    n += i.expire(before);
                }
                return n;
            });
            if (expired != null && expired > 0) {
                log.info("{} lần nhập chưa xác nhận đã hết hạn (không đụng tới từ {})", expired, before);
            }
            return expired == null ? 0 : expired;
        } catch (RuntimeException e) {
            log.warn("Không dọn được các lần nhập đã hết hạn", e);
            return 0;
        }
    }
}

package vn.dangbo.member;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.dangbo.member.importing.ImportStore;

/**
 * Confirmed imports whose worker is gone. A run is written in one transaction, so when its JVM dies (kill -9, power
 * cut) nothing of it is written, but its record would say "Đang ghi… 30%" forever. The worker touches the heartbeat
 * of the runs it holds every {@code heartbeat-seconds}; on start and every {@code sweep-seconds} the runs of a gone
 * worker of this host (its process no longer lives) and those whose heartbeat is older than {@code stale-seconds}
 * (their instance stopped) are marked failed with an explanation, and the user may write them again or discard them.
 * Each mark is one conditional UPDATE, so two instances sweeping at the same time do no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ImportSweep {

    private static final Logger log = LoggerFactory.getLogger(ImportSweep.class);

    private final ImportStore store;
    private final ImportWorkers workers;
    private final int staleSeconds;

    ImportSweep(ImportStore store, ImportWorkers workers, ImportSettings settings) {
        this.store = store;
        this.workers = workers;
        this.staleSeconds = settings.staleSeconds();
    }

    @Scheduled(fixedDelayString = "#{@'dangbo.import-vn.dangbo.member.ImportSettings'.heartbeatSeconds()}", timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void heartbeat() {
        store.touch(workers.held());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        sweep();
    }

    /** Marks failed the runs whose worker is gone; returns their ids. */
    @Scheduled(initialDelayString = "#{@'dangbo.import-vn.dangbo.member.ImportSettings'.sweepSeconds()}",
            fixedDelayString = "#{@'dangbo.import-vn.dangbo.member.ImportSettings'.sweepSeconds()}",
            timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    List<Long> sweep() {
        List<Long> failed = new ArrayList<>();
        try {
            for (String worker : store.workersOfUnfinishedRuns()) {
                if (ImportWorkers.goneOnThisHost(worker)) {
                    failed.addAll(store.failInterrupted(worker, staleSeconds));
                }
            }
            failed.addAll(store.failInterrupted(null, staleSeconds));
        } catch (RuntimeException e) {
            log.warn("Không rà được các lần nhập bị gián đoạn", e);
        }
        if (!failed.isEmpty()) {
            log.warn("Các lần nhập danh sách {} bị gián đoạn (tiến trình ghi không còn): đánh dấu không thành công, "
                    + "không dòng nào được ghi", failed);
        }
        return failed;
    }
}

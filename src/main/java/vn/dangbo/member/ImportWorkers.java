package vn.dangbo.member;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The small pool that writes confirmed imports: two at a time, the rest wait in line. Kept out of the context as an
 * {@code Executor} bean so that Spring Boot's own task executor stays as it is for everyone else.
 *
 * <p>Also who this worker is ({@link #identity()}: host, process id and JVM start) and which imports it holds
 * right now, queued or running: {@link ImportSweep} keeps their heartbeat fresh, and tells a run whose worker is
 * gone from one still being written.
 */
@Component
class ImportWorkers implements DisposableBean {

    private static final String HOST = host();
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final String identity = identityOf(HOST, ProcessHandle.current());

    ImportWorkers() {
        executor.setThreadNamePrefix("member-import-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        executor.initialize();
    }

    /**
     * Runs the import's job on the pool; the import counts as held by this worker until the job ends.
     *
     * @throws RejectedExecutionException when the line is full
     */
    void execute(long importId, Runnable job) {
        held.add(importId);
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    held.remove(importId);
                }
            });
        } catch (RejectedExecutionException e) {
            held.remove(importId);
            throw e;
        }
    }

    /** The imports this worker holds now (queued in its line or being written). */
    List<Long> held() {
        return List.copyOf(held);
    }

    /** "host|pid|JVM start in epoch milliseconds", stored with each import this worker runs. */
    String identity() {
        return identity;
    }

    /**
     * Whether the worker of that identity is certainly gone: it ran on this host and no process with its id and start
     * time lives any more. A worker on another host may be alive; its heartbeat tells.
     */
    static boolean goneOnThisHost(String worker) {
        if (worker == null) {
            return false;
        }
        String[] parts = worker.split("\\|");
        if (parts.length != 3 || !parts[0].equals(HOST)) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            return process.isEmpty() || !worker.equals(identityOf(parts[0], process.get()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String identityOf(String host, ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return host + "|" + process.pid() + "|" + started;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}

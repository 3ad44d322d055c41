package vn.dangbo.member;

import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The small pool that writes confirmed imports: two at a time, the rest wait in line. Kept out of the context as an
 * {@code Executor} bean so that Spring Boot's own task executor stays as it is for everyone else.
 */
@Component
class ImportWorkers implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ImportWorkers() {
        executor.setThreadNamePrefix("member-import-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        executor.initialize();
    }

    /** @throws RejectedExecutionException when the line is full */
    void execute(Runnable job) {
        executor.execute(job);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}

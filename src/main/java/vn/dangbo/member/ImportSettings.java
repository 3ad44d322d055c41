package vn.dangbo.member;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dangbo.import.*}: the worker of a member import touches the runs it holds every {@code heartbeatSeconds};
 * on start and every {@code sweepSeconds} the runs whose worker is gone, or that were not touched for
 * {@code staleSeconds}, are marked failed (docs/reliability.md). A run must outlive several heartbeats before it
 * counts as stale, or a busy but living worker would lose its run.
 */
@Validated
@ConfigurationProperties("dangbo.import")
public record ImportSettings(@DefaultValue("15") @Positive int heartbeatSeconds,
        @DefaultValue("30") @Positive int sweepSeconds, @DefaultValue("90") @Positive int staleSeconds) {

    @AssertTrue(message = "dangbo.import.stale-seconds must be at least three heartbeats")
    public boolean isStaleAfterSeveralHeartbeats() {
        return staleSeconds >= 3 * heartbeatSeconds;
    }
}

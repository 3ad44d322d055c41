package vn.dangbo.config.operations;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dangbo.operations.*}: the client addresses (single addresses or CIDR ranges) that may read the operations
 * endpoints other than the health probes (Prometheus metrics, build info), on a direct connection only. Default:
 * this machine (127.0.0.1, ::1), where the Prometheus agent or an administrator's SSH tunnel runs; add the
 * Prometheus server's private address when it scrapes from elsewhere.
 */
@Validated
@ConfigurationProperties("dangbo.operations")
public record OperationsSettings(@NotNull List<String> metricsAddresses) {

    public OperationsSettings {
        metricsAddresses = metricsAddresses == null || metricsAddresses.isEmpty() ? List.of("127.0.0.1", "::1")
                : List.copyOf(metricsAddresses);
        metricsAddresses.forEach(IpAddressMatcher::new); // an address that is not one fails the start, not a request
    }

    List<IpAddressMatcher> matchers() {
        return metricsAddresses.stream().map(IpAddressMatcher::new).toList();
    }
}

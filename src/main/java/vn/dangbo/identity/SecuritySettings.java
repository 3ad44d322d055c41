package vn.dangbo.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection settings: lock an account for {@code lockMinutes} after {@code maxFailures} wrong
 * passwords in a row; API tokens live {@code apiTokenHours}.
 */
@ConfigurationProperties("dangbo.security")
public record SecuritySettings(Lockout lockout, Integer apiTokenHours) {

    public SecuritySettings {
        lockout = lockout == null ? new Lockout(5, 15) : lockout;
        apiTokenHours = apiTokenHours == null ? 12 : apiTokenHours;
    }

    public record Lockout(int maxFailures, int lockMinutes) {}
}

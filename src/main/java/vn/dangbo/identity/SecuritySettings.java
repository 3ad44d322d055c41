package vn.dangbo.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection settings (see {@link Lockout}); API tokens live {@code apiTokenHours}.
 */
@ConfigurationProperties("dangbo.security")
public record SecuritySettings(Lockout lockout, Integer apiTokenHours) {

    public SecuritySettings {
        lockout = lockout == null ? new Lockout(5, 15, 20) : lockout;
        apiTokenHours = apiTokenHours == null ? 12 : apiTokenHours;
    }

    /**
     * {@code maxFailures} wrong passwords for one username from one client address within {@code lockMinutes} lock
     * that username for that address; {@code addressMaxFailures} failures from one address for any usernames refuse
     * the address; either for {@code lockMinutes}.
     */
    public record Lockout(int maxFailures, int lockMinutes, Integer addressMaxFailures) {
        public Lockout {
            addressMaxFailures = addressMaxFailures == null ? 20 : addressMaxFailures;
        }
    }
}

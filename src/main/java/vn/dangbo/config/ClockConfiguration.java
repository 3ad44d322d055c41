package vn.dangbo.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.shared.format.Zones;

/**
 * The one clock of the application, in Vietnam's time zone. Code asks it for today and now instead of calling
 * {@code now()} statically, so that a test can stand on any date by defining its own {@code Clock} bean.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(Zones.VIETNAM);
    }
}

package vn.dangbo.resolution;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.resolution.domain.AchievementPolicy;
import vn.dangbo.resolution.domain.TargetValidator;

/** The resolution module's policies, plain Java classes (ArchitectureTest), made available to its facades here. */
@Configuration(proxyBeanMethods = false)
class ResolutionPolicies {

    @Bean
    AchievementPolicy achievementPolicy() {
        return new AchievementPolicy();
    }

    @Bean
    TargetValidator targetValidator() {
        return new TargetValidator();
    }
}

package vn.dangbo.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.member.domain.AdmissionAgePolicy;
import vn.dangbo.member.domain.MemberValidator;
import vn.dangbo.member.domain.ProbationPolicy;
import vn.dangbo.member.domain.StatusChangePolicy;
import vn.dangbo.member.domain.TransferPolicy;

/** The member module's policies, plain Java classes (ArchitectureTest), made available to its facades here. */
@Configuration(proxyBeanMethods = false)
class MemberPolicies {

    @Bean
    AdmissionAgePolicy admissionAgePolicy() {
        return new AdmissionAgePolicy();
    }

    @Bean
    ProbationPolicy probationPolicy() {
        return new ProbationPolicy();
    }

    @Bean
    StatusChangePolicy statusChangePolicy(ProbationPolicy probation) {
        return new StatusChangePolicy(probation);
    }

    @Bean
    TransferPolicy transferPolicy() {
        return new TransferPolicy();
    }

    @Bean
    MemberValidator memberValidator(AdmissionAgePolicy admissionAge, ProbationPolicy probation) {
        return new MemberValidator(admissionAge, probation);
    }
}

package vn.dangbo.organization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.organization.domain.CellSizePolicy;
import vn.dangbo.organization.domain.OrganizationHierarchyPolicy;

/** The organization module's policies, plain Java classes (ArchitectureTest), made available to its facades here. */
@Configuration(proxyBeanMethods = false)
class OrganizationPolicies {

    @Bean
    CellSizePolicy cellSizePolicy() {
        return new CellSizePolicy();
    }

    @Bean
    OrganizationHierarchyPolicy organizationHierarchyPolicy() {
        return new OrganizationHierarchyPolicy();
    }
}

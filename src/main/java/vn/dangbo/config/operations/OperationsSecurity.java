package vn.dangbo.config.operations;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The operations endpoints under /actuator, on the application's own port, in a chain of their own before the
 * API's and the pages' (no session, no sign-in page, no CSRF: they are read-only GETs):
 * <ul>
 * <li>{@code /actuator/health}, {@code /actuator/health/liveness}, {@code /actuator/health/readiness} answer anyone
 * (a load balancer probes the instance's address); they say UP/DOWN and nothing else;</li>
 * <li>everything else ({@code /actuator/prometheus}, {@code /actuator/info}) answers only a client at
 * {@link OperationsSettings#metricsAddresses()}: 403 for anyone else, signed in or not. The address is the one
 * Tomcat's RemoteIpValve settled on: behind a reverse proxy on this machine or the private network, the visitor's
 * own address (the rightmost one in X-Forwarded-For that is not a private proxy), so an outside visitor cannot pass
 * for 127.0.0.1 by sending that header; only a host of the private network could, as it could for the sign-in
 * throttle (docs/operations.md).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    static final String[] PROBES = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};

    @Bean
    @Order(0)
    SecurityFilterChain operationsChain(HttpSecurity http, OperationsSettings settings) throws Exception {
        List<IpAddressMatcher> allowed = settings.matchers();
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PROBES).permitAll()
                        .anyRequest().access((auth, ctx) -> new AuthorizationDecision(
                                allowed.stream().anyMatch(m -> m.matches(ctx.getRequest())))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new Http403ForbiddenEntryPoint()));
        return http.build();
    }
}

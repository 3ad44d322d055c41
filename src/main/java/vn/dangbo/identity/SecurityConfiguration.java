package vn.dangbo.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.identity.domain.AccountRepository;
import vn.dangbo.identity.domain.SignInThrottleRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. /api/** answers with problem details, accepts the browser session or a bearer token,
 * and needs CSRF tokens only from the browser. Pages use form sign-in with CSRF protection, session-id
 * change on sign-in (fixation protection) and strict headers: a Content-Security-Policy allowing only this
 * server's own scripts and styles (no CDN anywhere), no framing, no referrer to other sites.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final String[] PUBLIC = {"/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error",
            "/img/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // BCrypt by default
    }

    /**
     * Authenticates sign-ins of the page and of the API alike ({@link SignInAttempts}: the same answer whatever is
     * wrong, throttled per account and client address, audited).
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            AccountRepository accounts, SignInThrottleRepository throttle, SecuritySettings settings, AuditTrail audit,
            TransactionTemplate tx) {
        return new ProviderManager(new SignInAttempts(users, encoder, accounts, throttle, settings, audit, tx));
    }

    /** Re-reads the signed-in account on every request (not a bean: it runs inside the security chains only). */
    private static AccountStateFilter accountState(AccountRepository accounts, AuditTrail audit, TransactionTemplate tx,
            ProblemResponses problems) {
        return new AccountStateFilter(accounts, audit, tx, problems);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
            AuthenticationManager authenticationManager, AccountRepository accounts, AuditTrail audit,
            TransactionTemplate tx) throws Exception {
        RequestMatcher csrfNeeded = request -> !isSafe(request) && !BearerTokenFilter.hasBearer(request)
                && !isTokenRequest(request);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi", "/api/v1/openapi/**").permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(c -> c.requireCsrfProtectionMatcher(csrfNeeded))
                .authenticationManager(authenticationManager)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(accountState(accounts, audit, tx, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, ProblemResponses problems,
            AuthenticationManager authenticationManager, AccountRepository accounts, AuditTrail audit,
            TransactionTemplate tx) throws Exception {
        // one answer (?error) for a wrong password, an unknown, a locked or a disabled account: SignInAttempts tells
        // locked or disabled only to the right password
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled",
                SignInThrottled.class.getName(), "/login?throttled"));
        failure.setDefaultFailureUrl("/login?error");
        http.authenticationManager(authenticationManager)
                .addFilterBefore(accountState(accounts, audit, tx, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(self), microphone=(), geolocation=()")));
        return http.build();
    }

    private static boolean isSafe(HttpServletRequest request) {
        String m = request.getMethod();
        return "GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m) || "TRACE".equals(m);
    }

    private static boolean isTokenRequest(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/api/v1/auth/tokens".equals(request.getRequestURI()
                .substring(request.getContextPath().length()));
    }
}

/**
 * Accounts, sign-in (form and API tokens), lockout after repeated failures, roles and organization scopes,
 * and the security configuration (CSRF, Content-Security-Policy and other headers, session fixation).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "audit", "organization"})
package vn.dangbo.identity;

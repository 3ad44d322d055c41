/**
 * Application wiring: the database (embedded PostgreSQL or an installed server), web and locale settings,
 * error pages and problem details, OpenAPI, demo data and command-line tasks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration", allowedDependencies = {"shared", "audit", "organization", "identity", "member", "resolution"})
package vn.dangbo.config;

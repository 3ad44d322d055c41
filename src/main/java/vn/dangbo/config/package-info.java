/**
 * Application wiring: the database (embedded PostgreSQL or an installed server), web and locale settings,
 * error pages and problem details, OpenAPI, demo data and command-line tasks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration")
package vn.dangbo.config;

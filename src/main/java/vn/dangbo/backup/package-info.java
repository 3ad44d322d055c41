/**
 * Backups: one file holding the whole database of the application (every table of its schema, sequences, the
 * Flyway history; uploaded evidence files are rows of the database), written from one consistent snapshot while
 * the application runs, on demand (page, command) and daily; and a restore that checks the whole file first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup", allowedDependencies = {"shared", "audit"})
package vn.dangbo.backup;

package vn.dangbo.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.modulith.core.ApplicationModules;
import vn.dangbo.support.DangboTest;

/**
 * The migration convention of docs/architecture.md ("Migrations"): one folder per module under db/migration, one
 * history table; the version ranges per module (V1..V47) are retired and frozen; every new migration is versioned by
 * its UTC timestamp ({@code V2026_12_08_0200__what.sql}) and names its tables with its module's prefix
 * ({@code meeting_session}, never {@code session}). An installation that applied V1..V47 in the order its versions
 * shipped (out of version order) then takes the new migrations without re-running or skipping anything.
 */
@DangboTest
class MigrationConventionTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** The last version of the retired ranges: no new migration may be numbered at or below it. */
    static final int LAST_RANGED_VERSION = 47;
    static final Pattern FILE = Pattern.compile("V([0-9_.]+)__[a-z0-9_]+\\.sql");
    static final Pattern TIMESTAMP = Pattern.compile("20[0-9]{2}_[01][0-9]_[0-3][0-9]_[0-2][0-9][0-5][0-9]");
    static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    /**
     * The migrations of the retired version ranges, applied as they are on every installation: frozen by name, so
     * that a new file cannot slip in under the ranges (a new V38 would be skipped on an installation past V47).
     */
    static final Set<String> RANGED = Set.of(
            "audit/V2__audit_trail.sql",
            "identity/V45__field_limits.sql",
            "identity/V47__security_stamp_and_sign_in_throttle.sql",
            "identity/V4__accounts.sql",
            "member/V20__member_import_rows.sql",
            "member/V21__member_counts.sql",
            "member/V25__field_limits.sql",
            "member/V28__member_import_worker.sql",
            "member/V5__members.sql",
            "member/V6__member_search_terms.sql",
            "organization/V15__field_limits.sql",
            "organization/V3__organizations.sql",
            "resolution/V30__resolutions.sql",
            "resolution/V31__indicator_catalogue.sql",
            "resolution/V32__resolution_excel_import.sql",
            "resolution/V35__field_limits.sql",
            "shared/V1__extensions.sql");
    /** A folder per application module (as Spring Modulith finds them), so a new module's folder is known at once. */
    static final Set<String> MODULES = ApplicationModules.of(vn.dangbo.DangboApplication.class).stream()
            .map(m -> m.getBasePackage().getName().substring("vn.dangbo.".length()))
            .collect(java.util.stream.Collectors.toSet());

    @Autowired javax.sql.DataSource applicationDataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void everyMigrationAfterTheRetiredRangesIsATimestampAndPrefixesItsTablesWithItsModule() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String module = MIGRATIONS.relativize(f).getName(0).toString();
                String name = f.getFileName().toString();
                Matcher m = FILE.matcher(name);
                if (!MODULES.contains(module) || f.getParent().equals(MIGRATIONS) || !m.matches()) {
                    wrong.add(MIGRATIONS.relativize(f) + ": not V<version>__<words>.sql in a module's folder");
                    continue;
                }
                String version = m.group(1);
                if (RANGED.contains(module + "/" + name)) {
                    continue;
                }
                if (!TIMESTAMP.matcher(version).matches()) {
                    wrong.add(name + ": a new migration is versioned by its UTC timestamp, V" + "yyyy_MM_dd_HHmm__");
                }
                Matcher t = CREATE_TABLE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (t.find()) {
                    // the kernel (shared) names its few tables by what they are; a module prefixes its own
                    if (!module.equals("shared") && !t.group(1).startsWith(module + "_")) {
                        wrong.add(name + ": table " + t.group(1) + " does not start with " + module + "_");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anInstallationThatAppliedTheRangesOutOfOrderTakesANewModulesMigrationAndNothingElse() throws Exception {
        HikariDataSource dataSource = applicationDataSource.unwrap(HikariDataSource.class);
        String database = "migrations_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE DATABASE " + database).update();
        try {
            DriverManagerDataSource db = new DriverManagerDataSource(
                    dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"),
                    dataSource.getUsername(), dataSource.getPassword());
            // as the modules shipped: the first schemas, then each module's next block, resolution's V30..V35 after
            // identity's V45 and V47 had been applied (out of version order, as on the installations of previous main)
            flyway(db, "db/migration/shared", "db/migration/audit", "db/migration/organization",
                    "db/migration/identity", "db/migration/member").migrate();
            flyway(db, "db/migration").migrate();
            List<MigrationInfo> before = List.of(flyway(db, "db/migration").info().applied());
            assertThat(before).extracting(i -> i.getVersion().getVersion()).contains("30", "35", "45", "47");
            assertThat(before.stream().anyMatch(i -> before.stream().anyMatch(j -> j.getInstalledRank() > i.getInstalledRank()
                    && j.getVersion().compareTo(i.getVersion()) < 0))).as("applied out of version order").isTrue();
            Map<String, Integer> checksums = new java.util.HashMap<>();
            before.forEach(i -> checksums.put(i.getVersion().getVersion(), i.getChecksum()));

            // the next release adds a new module's migration under the convention
            Flyway next = flyway(db, "db/migration", "db/convention-probe");
            assertThat(next.info().pending()).extracting(i -> i.getVersion().getVersion()).containsExactly("2026.12.08.0200");
            assertThat(next.migrate().migrationsExecuted).isEqualTo(1);
            next.validate();

            List<MigrationInfo> after = List.of(next.info().applied());
            assertThat(after).hasSize(before.size() + 1);
            for (MigrationInfo i : before) {
                MigrationInfo same = after.stream().filter(a -> a.getInstalledRank() == i.getInstalledRank()).findFirst()
                        .orElseThrow();
                assertThat(same.getVersion()).isEqualTo(i.getVersion());
                assertThat(same.getInstalledOn()).as("V" + i.getVersion() + " not run again").isEqualTo(i.getInstalledOn());
                assertThat(same.getChecksum()).isEqualTo(checksums.get(i.getVersion().getVersion()));
            }
            assertThat(next.info().pending()).isEmpty();
            assertThat(JdbcClient.create(db).sql("SELECT count(*) FROM meeting_probe").query(Long.class).single()).isZero();
            Set<String> versions = new TreeSet<>();
            after.forEach(i -> versions.add(i.getVersion().getVersion()));
            assertThat(versions).contains("2026.12.08.0200");
            assertThat(after.stream().map(i -> i.getVersion().getVersion()).filter(v -> !v.contains("."))
                    .mapToInt(Integer::parseInt).max().orElseThrow()).isLessThanOrEqualTo(LAST_RANGED_VERSION);
        } finally {
            jdbc.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
        }
    }

    /** Flyway as application.properties configures it (one history table, out of order allowed). */
    private static Flyway flyway(javax.sql.DataSource db, String... locations) {
        return Flyway.configure().dataSource(db).locations(Stream.of(locations).map(l -> "classpath:" + l)
                .toArray(String[]::new)).outOfOrder(true).baselineOnMigrate(false).load();
    }
}

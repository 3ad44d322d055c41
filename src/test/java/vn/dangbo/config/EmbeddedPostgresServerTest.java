package vn.dangbo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent embedded server as the run command and the jar start it: durable, password only, loopback
 * only, and able to start again on a directory whose previous JVM was killed.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void thePersistentServerIsDurablePrivateAndRefusesConnectionsWithoutItsPassword() throws Exception {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(data, 0)) {
            try (Connection connection = connect(server, server.password())) {
                assertThat(show(connection, "fsync")).isEqualTo("on");
                assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(show(connection, "full_page_writes")).isEqualTo("on");
                assertThat(show(connection, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(show(connection, "password_encryption")).isEqualTo("scram-sha-256");
                assertThat(hbaMethods(connection)).containsOnly("scram-sha-256");
            }
            assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08004"));
            assertThatThrownBy(() -> connect(server, "wrong-" + server.password())).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));

            Path passwordFile = EmbeddedPostgresServer.passwordFileOf(data);
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        }
    }

    @Test
    void aStartAfterAKilledJvmStopsItsOrphanedServerAndSucceedsTheFirstTimeWithTheDataIntact() throws Exception {
        Path data = temp.resolve("pg");
        EmbeddedPostgresServer killed = EmbeddedPostgresServer.persistent(data, 0);
        try (Connection connection = connect(killed, killed.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE entry (id int PRIMARY KEY, note text)");
            statement.execute("INSERT INTO entry SELECT g, 'kết quả ' || g FROM generate_series(1, 500) g");
        }
        long orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        killed.abandonAsIfKilled(); // the JVM is gone; its PostgreSQL keeps running and holds the directory
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.persistent(data, 0)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection connection = connect(restarted, restarted.password())) {
                assertThat(count(connection, "SELECT count(*) FROM entry WHERE note LIKE 'kết quả %'")).isEqualTo(500);
            }
        }
    }

    @Test
    void aStalePostmasterPidWhoseProcessIsGoneDoesNotPreventTheStart() throws Exception {
        Path data = temp.resolve("pg");
        EmbeddedPostgresServer.persistent(data, 0).close();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data.toAbsolutePath() + "\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(data, 0);
                Connection connection = connect(server, server.password())) {
            assertThat(count(connection, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void aDataDirectoryOfTheOldVersionWithTrustAndNoPasswordIsUpgradedWithoutLosingData() throws Exception {
        Path data = temp.resolve("pg");
        // the previous versions started zonky's test server on the data directory: trust, no password
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
                Connection connection = old.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE member (id int PRIMARY KEY, name text)");
            statement.execute("INSERT INTO member VALUES (1, 'Nguyễn Thị Ánh'), (2, 'Trần Minh Đức')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");
        assertThat(EmbeddedPostgresServer.passwordFileOf(data)).doesNotExist();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(data, 0)) {
            assertThat(EmbeddedPostgresServer.passwordFileOf(data)).exists();
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class);
            try (Connection connection = connect(server, server.password())) {
                assertThat(count(connection, "SELECT count(*) FROM member")).isEqualTo(2);
                assertThat(show(connection, "fsync")).isEqualTo("on");
            }
        }
    }

    @Test
    void thePasswordFileIsTheReferenceWhenTheClusterWasGivenAnotherPassword() throws Exception {
        Path data = temp.resolve("pg");
        String first;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(data, 0)) {
            first = server.password();
        }
        // a data directory restored from another PC keeps that PC's password; the file beside it says otherwise
        Files.writeString(EmbeddedPostgresServer.passwordFileOf(data), "mat-khau-cua-may-nay-0123456789abcdefghij\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(data, 0)) {
            assertThat(server.password()).isEqualTo("mat-khau-cua-may-nay-0123456789abcdefghij");
            try (Connection connection = connect(server, server.password())) {
                assertThat(count(connection, "SELECT 1")).isEqualTo(1);
            }
            assertThatThrownBy(() -> connect(server, first)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theServerStopsWhenItsJvmEnds() throws Exception {
        Path data = temp.resolve("pg");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                StartThenExit.class.getName(), data.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(child.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("postmaster (\\d+)").matcher(output);
        assertThat(pid.find()).as(output).isTrue();

        ProcessHandle.of(Long.parseLong(pid.group(1))).ifPresent(p -> assertThat(p.onExit()).succeedsWithin(java.time.Duration.ofSeconds(60)));
        assertThat(data.resolve("postmaster.pid")).as("stopped cleanly").doesNotExist();
    }

    /** A JVM that starts the persistent server and ends with System.exit, without closing it. */
    static final class StartThenExit {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer.persistent(Path.of(args[0]), 0);
            System.out.println("postmaster " + Files.readAllLines(Path.of(args[0], "postmaster.pid")).get(0).strip());
            System.exit(0);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.username());
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.getJdbcUrl("postgres"), properties);
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> hbaMethods(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT DISTINCT auth_method FROM pg_hba_file_rules")) {
            List<String> methods = new java.util.ArrayList<>();
            while (rs.next()) {
                methods.add(rs.getString(1));
            }
            return methods;
        }
    }
}

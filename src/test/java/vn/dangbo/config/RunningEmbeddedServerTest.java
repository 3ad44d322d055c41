package vn.dangbo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --backup beside a running dangbo reaches its PostgreSQL through the port in postmaster.pid, never a second server. */
class RunningEmbeddedServerTest {

    @Test
    void aBackupTaskConnectsToTheServerThatHoldsTheDataDirectoryWithItsPassword(@TempDir Path root) throws IOException {
        Path data = root.resolve("pg");
        Files.createDirectories(data);
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            pidFile(data, server.getLocalPort());
            Files.writeString(root.resolve("pg.password"), "bi-mat\n");

            List<String> args = List.of(RunningEmbeddedServer.reachIfRunning(
                    new String[] {"--backup", "--dangbo.embedded-db.data-dir=" + data}));

            assertThat(args).contains("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + server.getLocalPort()
                    + "/postgres", "--spring.datasource.username=postgres", "--spring.datasource.password=bi-mat");
        }
    }

    @Test
    void aStalePidFileOrAnotherCommandLeavesTheArgumentsAlone(@TempDir Path root) throws IOException {
        Path data = root.resolve("pg");
        Files.createDirectories(data);
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        pidFile(data, port);
        String[] backup = {"--backup", "--dangbo.embedded-db.data-dir=" + data};
        assertThat(RunningEmbeddedServer.reachIfRunning(backup)).containsExactly(backup);
        String[] run = {"--dangbo.embedded-db.data-dir=" + data};
        assertThat(RunningEmbeddedServer.reachIfRunning(run)).containsExactly(run);
    }

    /** What PostgreSQL writes: pid, data directory, start time, port, socket directory, listen address, ... */
    private static void pidFile(Path data, int port) throws IOException {
        Files.writeString(data.resolve("postmaster.pid"), "4242\n" + data + "\n1765161600\n" + port
                + "\n/tmp\n127.0.0.1\n  1234567     32768\nready   \n");
    }
}

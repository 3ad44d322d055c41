package vn.dangbo.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --backup} and {@code --restore} while dangbo runs on the embedded database: a second process cannot start
 * PostgreSQL on a data directory in use, and must not stop the one that is serving the office. So the task connects
 * to that server instead: PostgreSQL writes its port into {@code postmaster.pid} in the data directory, and the task
 * becomes a client like any other (the backup then reads one consistent snapshot while the application keeps
 * writing; the restore sees the application's connections and refuses). When no server answers, the task starts the
 * embedded database itself, as the application would.
 */
public final class RunningEmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(RunningEmbeddedServer.class);
    private static final Set<String> TASKS = Set.of("--backup", "--restore");

    private RunningEmbeddedServer() {}

    /** The arguments, with the running embedded server's connection added when a backup task meets one. */
    public static String[] reachIfRunning(String[] args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        boolean task = all.stream().anyMatch(a -> TASKS.contains(a.split("=")[0]));
        boolean urlGiven = all.stream().anyMatch(a -> a.startsWith("--spring.datasource.url="))
                || hasText(System.getenv("DANGBO_DB_URL")) || hasText(System.getProperty("spring.datasource.url"));
        if (!task || urlGiven) {
            return args;
        }
        String dataDir = all.stream().filter(a -> a.startsWith("--dangbo.embedded-db.data-dir=")).findFirst()
                .map(a -> a.substring(a.indexOf('=') + 1))
                .orElse(hasText(System.getenv("DANGBO_DATA_DIR")) ? System.getenv("DANGBO_DATA_DIR") : "data/pg");
        if (!hasText(dataDir)) {
            return args;
        }
        Integer port = port(Path.of(dataDir));
        if (port == null) {
            return args;
        }
        log.info("PostgreSQL nhúng đang chạy trên {} (cổng {}): lệnh kết nối tới máy chủ đó. "
                + "(The embedded PostgreSQL is running; the task connects to it.)", dataDir, port);
        all.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        all.add("--spring.datasource.username=postgres");
        all.add("--dangbo.backup.running-embedded-server=true");
        String password = password(Path.of(dataDir));
        if (password != null) {
            all.add("--spring.datasource.password=" + password);
        }
        return all.toArray(String[]::new);
    }

    /** The port of a server that holds the data directory and answers on it, or null. */
    static Integer port(Path dataDir) {
        Path pid = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return null;
            }
            int port = Integer.parseInt(lines.get(3).trim());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return port;
            }
        } catch (IOException | NumberFormatException e) {
            return null; // a stale pid file: nothing answers
        }
    }

    /**
     * The superuser password of the embedded server, when it has one: {@code <data-dir>.password} beside the data
     * directory, readable by its owner only (so only the account that runs dangbo can back it up). Null for a
     * directory of the older versions, whose server accepts local connections without one.
     */
    static String password(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path file = absolute.resolveSibling(absolute.getFileName() + ".password");
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            log.warn("Không đọc được tệp mật khẩu {}", file);
            return null;
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}

package vn.dangbo.config;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.commons.lang3.SystemUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the PostgreSQL binaries shipped in the zonky jar ourselves (initdb, pg_ctl, postgres) instead of through
 * zonky's {@code EmbeddedPostgres}, which is made for tests: it initialises every cluster with {@code trust}
 * authentication, starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off}, and cannot
 * recognise a server left running by a killed JVM (see docs/architecture.md, "The embedded database").
 *
 * <p>A persistent server ({@link #persistent}) keeps its data in the given directory (mode 0700), a generated
 * password beside it ({@code <data-dir>.password}, mode 0600, scram-sha-256 for socket and TCP connections),
 * listens on 127.0.0.1 only and runs with fsync, synchronous_commit and full_page_writes on. On start it stops a
 * server that a killed JVM left running on the same directory, and upgrades a directory created by the older
 * zonky-based versions (trust authentication, no password). The throw-away test cluster ({@link #sharedEphemeral})
 * is the only one that turns durability off.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Logger serverLog = LoggerFactory.getLogger("vn.dangbo.config.postgres");
    static final String USER = "postgres";
    private static final String LOCK_FILE_SUFFIX = ".lock";
    /** The lock file the zonky-based versions kept inside the data directory; still honoured. */
    private static final String OLD_LOCK_FILE = "epg-lock";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10); // crash recovery may replay WAL
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static EmbeddedPostgresServer ephemeral;

    private final Path home;
    private final Path dataDirectory;
    private final Path passwordFile;
    private final int port;
    private final String password;
    private final Path deleteOnStop;
    private final List<FileLock> locks = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook;

    private EmbeddedPostgresServer(Path dataDirectory, int port, Map<String, String> settings, Path deleteOnStop)
            throws IOException {
        this.home = PostgresBinaries.home();
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.passwordFile = passwordFileOf(this.dataDirectory);
        this.deleteOnStop = deleteOnStop;
        lock();
        try {
            boolean fresh = !Files.exists(this.dataDirectory.resolve("PG_VERSION"));
            if (fresh) {
                this.password = readOrCreatePassword();
                initdb();
            } else {
                stopOrphanedServer();
                boolean hadPassword = Files.exists(passwordFile);
                this.password = readOrCreatePassword();
                if (!hadPassword) {
                    log.warn("Thư mục dữ liệu {} được tạo bởi phiên bản cũ (không mật khẩu): đặt mật khẩu và bật "
                            + "xác thực scram-sha-256", this.dataDirectory);
                    setPasswordInSingleUserMode();
                }
            }
            restrictPermissions();
            writeHbaConfiguration();
            this.port = port > 0 ? port : freePort();
            start(settings);
            this.shutdownHook = new Thread(this::stopWhenJvmEnds, "postgres-stopper");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            if (!awaitConnection()) {
                // the cluster's password is not the one in the file (a data directory copied from elsewhere, a
                // replaced password file): the file is the reference, set it again without any listener
                log.warn("Mật khẩu trong {} không khớp với PostgreSQL nhúng: đặt lại theo tệp", passwordFile);
                pgCtl(STOP_TIMEOUT, "stop", "-D", this.dataDirectory.toString(), "-m", "fast", "-w");
                setPasswordInSingleUserMode();
                start(settings);
                if (!awaitConnection()) {
                    throw new IllegalStateException("Không đăng nhập được PostgreSQL nhúng tại " + this.dataDirectory);
                }
            }
        } catch (IOException | RuntimeException e) {
            releaseLocks();
            throw e;
        }
    }

    /** A server on a data directory that persists across restarts (the run command and the jar). */
    static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory.toAbsolutePath().getParent());
            log.info("Khởi động PostgreSQL nhúng, dữ liệu tại {}", dataDirectory.toAbsolutePath());
            return new EmbeddedPostgresServer(dataDirectory, port, durable(), null);
        } catch (IOException e) {
            throw new IllegalStateException("Không khởi động được PostgreSQL nhúng tại " + dataDirectory, e);
        }
    }

    /** The throw-away cluster of a test JVM, shared by every Spring context in it; deleted when the JVM ends. */
    static synchronized EmbeddedPostgresServer sharedEphemeral() {
        if (ephemeral == null) {
            try {
                Path root = Files.createTempDirectory("dangbo-pg-"); // mode 0700
                Map<String, String> settings = tuned();
                // a test database: durability is not needed, speed is
                settings.put("fsync", "off");
                settings.put("synchronous_commit", "off");
                settings.put("full_page_writes", "off");
                ephemeral = new EmbeddedPostgresServer(root.resolve("data"), 0, settings, root);
            } catch (IOException e) {
                throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng", e);
            }
        }
        return ephemeral;
    }

    static Map<String, String> durable() {
        Map<String, String> settings = tuned();
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        return settings;
    }

    private static Map<String, String> tuned() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", "127.0.0.1");
        settings.put("unix_socket_permissions", "0700");
        settings.put("password_encryption", "scram-sha-256");
        settings.put("max_connections", "100");
        settings.put("shared_buffers", "256MB");
        settings.put("work_mem", "16MB");
        settings.put("maintenance_work_mem", "256MB");
        settings.put("random_page_cost", "1.1");
        settings.put("timezone", "UTC");
        settings.put("lc_messages", "C");
        return settings;
    }

    static Path passwordFileOf(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".password");
    }

    public String getJdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int getPort() {
        return port;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The directory holding the server's {@code bin/} (initdb, pg_ctl, postgres). */
    public Path binaries() {
        return home;
    }

    /** Stops the server (pg_ctl stop -m fast) and releases the data directory. */
    @Override
    public void close() {
        stopQuietly("fast");
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down
        }
    }

    /**
     * Forgets the server without stopping it, as a killed JVM would: the PostgreSQL process keeps running and holds
     * the data directory. For the tests of the restart after a crash only.
     */
    void abandonAsIfKilled() {
        stopped.set(true);
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
        releaseLocks();
    }

    /**
     * The JVM ends (Ctrl+C, SIGTERM, System.exit) while Spring may still be finishing its requests in parallel:
     * "smart" lets the open connections finish their work and waits until the pool has closed them, then stops;
     * "fast" if that takes more than half a minute.
     */
    private void stopWhenJvmEnds() {
        stopQuietly("smart");
    }

    private void stopQuietly(String mode) {
        if (stopped.getAndSet(true)) {
            return;
        }
        try {
            try {
                pgCtl(STOP_TIMEOUT, "stop", "-D", dataDirectory.toString(), "-m", mode, "-w", "-t",
                        mode.equals("smart") ? "30" : Long.toString(STOP_TIMEOUT.toSeconds()));
            } catch (RuntimeException e) {
                if (!mode.equals("smart")) {
                    throw e;
                }
                pgCtl(STOP_TIMEOUT, "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                        Long.toString(STOP_TIMEOUT.toSeconds()));
            }
            log.info("Đã dừng PostgreSQL nhúng ({})", dataDirectory);
        } catch (RuntimeException e) {
            log.error("Không dừng được PostgreSQL nhúng tại {}", dataDirectory, e);
        }
        releaseLocks();
        if (deleteOnStop != null) {
            try (Stream<Path> paths = Files.walk(deleteOnStop)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                log.warn("Không xoá được {}", deleteOnStop, e);
            }
        }
    }

    // ---- the data directory ------------------------------------------------------------------------------

    /**
     * One process per data directory: a lock file beside it, held while this JVM runs (released by the operating
     * system when the JVM dies, so a killed JVM leaves no lock behind), and the old versions' lock inside it.
     */
    private void lock() throws IOException {
        Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + LOCK_FILE_SUFFIX);
        tryLock(lockFile);
        Path old = dataDirectory.resolve(OLD_LOCK_FILE);
        if (Files.exists(old)) {
            tryLock(old);
        }
    }

    private void tryLock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            releaseLocks();
            throw new IllegalStateException("Thư mục dữ liệu " + dataDirectory
                    + " đang được một tiến trình dangbo khác dùng. Hãy dừng tiến trình đó, hoặc chạy với "
                    + "DANGBO_DATA_DIR=<thư mục khác>. (The data directory is in use by another dangbo process.)");
        }
        locks.add(lock);
    }

    private void releaseLocks() {
        for (FileLock lock : locks) {
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        locks.clear();
    }

    private String readOrCreatePassword() throws IOException {
        if (Files.exists(passwordFile)) {
            String stored = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            if (!stored.isEmpty()) {
                return stored;
            }
            Files.delete(passwordFile);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (PostgresBinaries.posix(passwordFile.getParent())) {
            Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(passwordFile);
        }
        Files.writeString(passwordFile, generated + System.lineSeparator(), StandardCharsets.UTF_8);
        return generated;
    }

    private void restrictPermissions() throws IOException {
        if (PostgresBinaries.posix(dataDirectory)) {
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Password (scram-sha-256) for every connection, by socket or TCP; nothing is trusted. */
    private void writeHbaConfiguration() throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                # Written by dangbo on every start (EmbeddedPostgresServer): every connection needs the password kept
                # in the .password file beside the data directory; the server listens on 127.0.0.1 only.
                # TYPE  DATABASE  USER  ADDRESS        METHOD
                local   all       all                  scram-sha-256
                host    all       all   127.0.0.1/32   scram-sha-256
                host    all       all   ::1/128        scram-sha-256
                """, StandardCharsets.UTF_8);
    }

    private void initdb() throws IOException {
        if (Files.exists(dataDirectory)) {
            try (Stream<Path> entries = Files.list(dataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException("Thư mục dữ liệu " + dataDirectory
                            + " không rỗng nhưng không phải dữ liệu PostgreSQL (thiếu PG_VERSION).");
                }
            }
        }
        PostgresBinaries.privateDirectory(dataDirectory);
        run(Duration.ofMinutes(5), command("initdb", "-D", dataDirectory.toString(), "-U", USER, "-E", "UTF-8",
                "--auth=scram-sha-256", "--pwfile=" + passwordFile));
    }

    /** Sets the password of a cluster created without one, with no network listener at all. */
    private void setPasswordInSingleUserMode() throws IOException {
        List<String> command = command("postgres", "--single", "-D", dataDirectory.toString(),
                "-c", "password_encryption=scram-sha-256", "-c", "listen_addresses=", "postgres");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            // the password is base64url: no quote to escape
            stdin.write(("ALTER ROLE " + USER + " PASSWORD '" + password + "';\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = waitFor(process, Duration.ofMinutes(5));
        if (exit != 0 || output.contains("ERROR")) {
            throw new IllegalStateException("Không đặt được mật khẩu cho PostgreSQL nhúng: " + output);
        }
    }

    // ---- a server left running by a killed JVM ------------------------------------------------------------

    /**
     * The lock is ours, so no living dangbo process uses this directory; a postmaster.pid still naming a living
     * postgres of this directory is the server of a JVM that was killed. Stop it (pg_ctl stop -m fast: it finishes
     * nothing in flight and writes a checkpoint), so this start does not fail on the directory it holds. When the
     * postmaster itself was killed, wait for its last backends to go. A postmaster.pid naming a process that is gone
     * is left to PostgreSQL (it checks the old shared memory itself); one naming an unrelated process (the id was
     * reused after a reboot) would stop PostgreSQL from starting, and is removed.
     */
    private void stopOrphanedServer() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (RuntimeException e) {
            pid = -1;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (postmaster.isPresent() && isPostgresOfThisDirectory(postmaster.get())) {
            log.warn("PostgreSQL (PID {}) của lần chạy trước vẫn giữ {} (JVM bị dừng đột ngột?): dừng nó trước khi "
                    + "khởi động", pid, dataDirectory);
            try {
                pgCtl(STOP_TIMEOUT, "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                        Long.toString(STOP_TIMEOUT.toSeconds()));
            } catch (RuntimeException e) {
                log.warn("pg_ctl stop thất bại, gửi SIGTERM cho PID {}", pid, e);
                postmaster.get().destroy();
            }
            try {
                postmaster.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL (PID " + pid + ") của lần chạy trước không dừng; hãy dừng "
                        + "nó rồi chạy lại. (An orphaned PostgreSQL does not stop.)", e);
            }
        }
        awaitNoServerProcesses();
        if (Files.exists(pidFile) && (pid < 0 || ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent())) {
            log.warn("Tệp postmaster.pid cũ (PID {} không phải PostgreSQL của {}), xoá", pid, dataDirectory);
            Files.deleteIfExists(pidFile);
        }
    }

    /** Waits until no postgres process runs in this data directory any more (a stopping server, orphaned backends). */
    private void awaitNoServerProcesses() {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        boolean terminated = false;
        while (true) {
            List<ProcessHandle> left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                    .filter(this::isPostgresOfThisDirectory).toList();
            if (left.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                if (terminated) {
                    throw new IllegalStateException("PostgreSQL của lần chạy trước (PID " + left.stream()
                            .map(p -> Long.toString(p.pid())).toList() + ") không dừng; hãy dừng nó rồi chạy lại. "
                            + "(An orphaned PostgreSQL does not stop.)");
                }
                left.forEach(ProcessHandle::destroy);
                terminated = true;
                deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
            }
            try {
                left.get(0).onExit().get(200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean isPostgresOfThisDirectory(ProcessHandle process) {
        String executable = process.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("");
        if (!executable.equals("postgres") && !executable.equals("postgres.exe")) {
            return false;
        }
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            if (Files.exists(cwd)) { // Linux: the postmaster runs in its data directory
                return Files.isSameFile(Files.readSymbolicLink(cwd), dataDirectory);
            }
        } catch (IOException e) {
            log.debug("Không đọc được {}", cwd, e);
        }
        String arguments = String.join(" ", process.info().arguments().orElse(new String[0]));
        return arguments.contains(dataDirectory.toString());
    }

    // ---- processes ----------------------------------------------------------------------------------------

    private void start(Map<String, String> settings) {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        settings.forEach((key, value) -> options.add("-c " + key + "=" + (value.isEmpty() ? "''" : value)));
        List<String> command = command("pg_ctl", "start", "-D", dataDirectory.toString(), "-w", "-t",
                Long.toString(START_TIMEOUT.toSeconds()), "-o", String.join(" ", options));
        try {
            // postgres inherits pg_ctl's output: its log goes to ours for as long as it runs
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Thread logger = new Thread(() -> forward(process), "postgres-log");
            logger.setDaemon(true);
            logger.start();
            int exit = waitFor(process, START_TIMEOUT.plusSeconds(30));
            if (exit != 0) {
                throw new IllegalStateException("PostgreSQL nhúng không khởi động (pg_ctl " + exit + "), xem nhật ký ở trên");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forward(Process process) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.contains("ERROR:") || line.contains("FATAL:") || line.contains("PANIC:") || line.contains("WARNING:")) {
                    serverLog.warn(line);
                } else {
                    serverLog.info(line);
                }
            }
        } catch (IOException ignored) {
            // the server ended
        }
    }

    /** Waits until the server accepts the password; false when it refuses it. */
    private boolean awaitConnection() {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", password);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection ignored = DriverManager.getConnection(getJdbcUrl("postgres"), properties)) {
                log.info("PostgreSQL nhúng sẵn sàng trên 127.0.0.1:{}", port);
                return true;
            } catch (SQLException e) {
                if ("28P01".equals(e.getSQLState())) {
                    return false;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Không kết nối được PostgreSQL nhúng tại " + dataDirectory, e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
    }

    private void pgCtl(Duration timeout, String... arguments) {
        run(timeout, command("pg_ctl", arguments));
    }

    private void run(Duration timeout, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = waitFor(process, timeout);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " thất bại (" + exit + "): " + output.strip());
            }
            output.lines().filter(line -> !line.isBlank()).forEach(line -> log.debug("{}", line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int waitFor(Process process, Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Quá thời gian chờ " + process.info().command().orElse("tiến trình"));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL refuses to run as root; as root, run it in a user namespace as zonky does. */
    private List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (SystemUtils.IS_OS_LINUX && LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(PostgresBinaries.executable(home, program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

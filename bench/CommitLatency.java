import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

/**
 * The cost of a durable commit on this machine, against the embedded server of a data directory while dangbo runs:
 * one connection commits {@code n} single-row inserts with synchronous_commit on (what dangbo uses), then off (what
 * the older versions used, with fsync off as well), into a table it drops afterwards. Loopback only.
 *
 * <pre>
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/VERSION/postgresql-VERSION.jar bench/CommitLatency.java data/pg [n=500]
 * </pre>
 */
public class CommitLatency {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String port = Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip();
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", Files.readString(data.resolveSibling(data.getFileName() + ".password")).strip());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS commit_latency_logged (id int, note text)");
            for (String mode : new String[] {"on", "off", "on", "off"}) {
                s.execute("SET synchronous_commit = " + mode);
                long[] micros = new long[n];
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO commit_latency_logged VALUES (?, ?)")) {
                    for (int i = 0; i < n; i++) {
                        long t0 = System.nanoTime();
                        insert.setInt(1, i);
                        insert.setString(2, "kết quả " + i);
                        insert.executeUpdate(); // autocommit: one transaction per row
                        micros[i] = (System.nanoTime() - t0) / 1000;
                    }
                }
                Arrays.sort(micros);
                System.out.printf("synchronous_commit=%s: %d commits, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", mode, n,
                        micros[n / 2] / 1e3, micros[(int) (n * 0.9)] / 1e3, micros[(int) (n * 0.99)] / 1e3);
            }
            s.execute("DROP TABLE commit_latency_logged");
        }
    }
}

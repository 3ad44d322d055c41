import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kill -9 experiment of docs/reliability.md ("Crash and restart"): writes through the REST API until the server
 * dies, recording every write answered 201, then checks after the restart that each of them is there.
 * Self-contained, JDK 17 only, loopback only, bounded:
 *
 * <pre>
 *   java bench/CrashBench.java burst  --base=http://127.0.0.1:18081 --acked=/tmp/crash/acked.txt [--clients=8] [--max=20000]
 *   java bench/CrashBench.java verify --base=http://127.0.0.1:18081 --acked=/tmp/crash/acked.txt
 * </pre>
 *
 * <p>burst signs in as the ward office of Mỹ Thới (demo data), picks one of its cells, and has {@code clients}
 * threads add members ({@code POST /api/v1/members}, each with its own card number) one after another until
 * {@code max} writes or until the server stops answering. Each write answered 201 is appended to the acked file
 * ("id card latency-µs") and flushed before the next one is sent. It prints the count and latency percentiles.
 * verify reads every acknowledged member back ({@code GET /api/v1/members/{id}}) and checks its card number.
 */
public class CrashBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String base = o.getOrDefault("base", "http://127.0.0.1:18081");
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only");
        }
        Path acked = Path.of(o.getOrDefault("acked", "/tmp/crash/acked.txt"));
        String token = token(base, o.getOrDefault("user", "mythoi.vanphong"), o.getOrDefault("password", "dangbo@2025"));
        switch (args[0]) {
            case "burst" -> burst(base, token, acked, Integer.parseInt(o.getOrDefault("clients", "8")),
                    Integer.parseInt(o.getOrDefault("max", "20000")));
            case "verify" -> verify(base, token, acked);
            default -> throw new IllegalArgumentException("burst or verify");
        }
    }

    static void burst(String base, String token, Path acked, int clients, int max) throws Exception {
        long cell = cell(base, token);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong firstFailureAt = new AtomicLong();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acked, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING))) {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread t = new Thread(() -> {
                    int n;
                    while ((n = next.incrementAndGet()) <= max) {
                        String card = "K" + run + String.format("%06d", n);
                        String body = """
                                {"organizationId":%d,"fullName":"Nguyễn Văn Thử %s","dateOfBirth":"1980-01-01",
                                 "gender":"MALE","admissionDate":"2010-05-19","officialDate":"2011-05-19",
                                 "cardNumber":"%s","notes":"kill -9 experiment"}""".formatted(cell, letters(n), card);
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = HTTP.send(json(base + "/api/v1/members", token).POST(
                                    HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            long micros = (System.nanoTime() - t0) / 1000;
                            if (r.statusCode() == 201) {
                                Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
                                if (!m.find()) {
                                    throw new IllegalStateException("no id in " + r.body());
                                }
                                synchronized (out) {
                                    out.println(m.group(1) + " " + card + " " + micros);
                                    out.flush();
                                }
                                latencies.add(micros);
                                ok.incrementAndGet();
                            } else {
                                if (refused.incrementAndGet() <= 3) {
                                    System.err.println(r.statusCode() + " " + r.body());
                                }
                                if (refused.get() > 50 && ok.get() == 0) {
                                    return; // the requests are wrong, not the server
                                }
                            }
                        } catch (IOException e) {
                            firstFailureAt.compareAndSet(0, System.nanoTime());
                            return; // the server is gone
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        long end = firstFailureAt.get() == 0 ? System.nanoTime() : firstFailureAt.get();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("acknowledged (201): %d, refused: %d, in %.1f s (%.0f writes/s)%n", ok.get(), refused.get(),
                (end - started) / 1e9, ok.get() / ((end - started) / 1e9));
        if (sorted.length > 0) {
            System.out.printf("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", sorted[sorted.length / 2] / 1e3,
                    sorted[(int) (sorted.length * 0.9)] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                    sorted[sorted.length - 1] / 1e3);
        }
    }

    static void verify(String base, String token, Path acked) throws Exception {
        List<String> lines = Files.readAllLines(acked, StandardCharsets.UTF_8);
        int present = 0;
        List<String> lost = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            HttpResponse<String> r = HTTP.send(json(base + "/api/v1/members/" + f[0], token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"" + f[1] + "\"")) {
                present++;
            } else {
                lost.add(f[0] + " (" + r.statusCode() + ")");
            }
        }
        System.out.printf("acknowledged: %d, present after restart: %d, lost: %d %s%n", lines.size(), present,
                lost.size(), lost.isEmpty() ? "" : lost);
        if (!lost.isEmpty()) {
            System.exit(1);
        }
    }

    /** The first cell under the account's root organization (Mỹ Thới's Chi bộ Khu phố 1 in the demo data). */
    private static long cell(String base, String token) throws Exception {
        HttpResponse<String> roots = HTTP.send(json(base + "/api/v1/organizations", token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher root = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(roots.body());
        if (roots.statusCode() != 200 || !root.find()) {
            throw new IllegalStateException("no organization: " + roots.statusCode() + " " + roots.body());
        }
        HttpResponse<String> ward = HTTP.send(json(base + "/api/v1/organizations/" + root.group(1), token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"kind\":\"CELL\"").matcher(ward.body());
        if (!m.find()) {
            throw new IllegalStateException("no cell: " + ward.statusCode() + " " + ward.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** Signs in; on a first start the demo accounts appear a little after the port opens, so retry for 5 minutes. */
    private static String token(String base, String user, String password) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (m.find()) {
                return m.group(1);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(1000);
        }
    }

    private static HttpRequest.Builder json(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    /** Names hold letters only: n as a word of letters ("Ba", "Bb"...). */
    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int v = n; v > 0; v /= 26) {
            sb.append((char) ('a' + v % 26));
        }
        return "B" + sb;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        Arrays.stream(args).filter(a -> a.startsWith("--")).forEach(a -> {
            int eq = a.indexOf('=');
            o.put(a.substring(2, eq), a.substring(eq + 1));
        });
        return o;
    }
}

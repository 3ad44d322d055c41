import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Member search, member lists and the resolution dashboards over HTTP against a running dangbo with a generated
 * province (docs/performance.md has the whole procedure). Self-contained, JDK 17 only, run as a single-file program:
 *
 * <pre>
 *   java bench/ProvinceBench.java [--base=http://localhost:8080] [--password=bench@2025!]
 *        [--scenarios=closed,open,list,dashboards] [--clients=50] [--province-share=0.5] [--warmup=180] [--duration=60]
 *        [--rate=500] [--open-duration=60] [--list-requests=40] [--list-clients=10] [--list-duration=10]
 *        [--only=name,card,...] [--gzip=true] [--seed=1] [--wait-quiet=120] [--results=bench/results]
 *        [--server-pid=PID --database-dir=data/province]
 * </pre>
 *
 * <ol>
 *   <li>Signs in through the login form (CSRF token, session cookie) as bench.province and bench.ward1..3, one
 *       session per simulated client, as browsers do.</li>
 *   <li>Reads a few pages of each account's member list at random places, for names and card numbers that
 *       account really sees, and builds queries as people type them (the kinds, by share of the mix):
 *       {@code name} a full name as written, with diacritics (25%); {@code name-folded} the same without
 *       diacritics (20%); {@code middle-given} middle and given name (15%); {@code typing} a folded name cut
 *       short, as the search fires 300 ms after typing stops (10%); {@code given} a given name alone (5%);
 *       {@code family} a family name alone (3%); {@code card} a card number (12%); {@code card-prefix} its first
 *       six digits (2%); {@code phone} a phone number (8%). {@code --only} keeps some kinds.</li>
 *   <li>closed: {@code clients} clients, a {@code province-share} of them as the province office and the rest
 *       as the three ward offices, each sending its next search as soon as the answer arrives; measured for
 *       {@code duration} seconds after {@code warmup} seconds (the JIT needs minutes to settle).</li>
 *   <li>open: searches at a fixed {@code rate} per second spread over the same clients; latency counts from
 *       the scheduled send time, so a stalled server is not hidden by clients that stop sending (coordinated
 *       omission).</li>
 *   <li>list: the member list unfiltered at province scope (first page, page 1000, last page), filtered by a
 *       ward and by status, at ward scope, and the whole page without htmx; each first one request at a
 *       time, then {@code list-clients} at once.</li>
 *   <li>dashboards (only when asked for): the ward dashboard of bench.ward1's annual and congress resolutions,
 *       page and API, the province roll-up of shared indicators over every ward as bench.province sorts them,
 *       page and API, and the drill-down from the roll-up to one ward; as the list cases, one request at a time,
 *       then {@code list-clients} at once. The province needs its resolution workload (the generator writes it;
 *       {@code --generate-resolutions --province-id=N} adds it to a province generated before).</li>
 * </ol>
 *
 * Searches are {@code GET /members?q=...} with {@code HX-Request: true} (the results fragment the page fetches
 * while someone types) and {@code Accept-Encoding: gzip}, as a browser sends. Loopback only; every phase is
 * bounded in time and count. Before each measured phase it waits (at most {@code wait-quiet} seconds) for the
 * machine to be idle, and reports how much CPU it, the server and other processes used; given the server's
 * pid and database directory it also reports the server's CPU per request. Raw latencies go to
 * bench/results/ (git-ignored), the summary to stdout and summary.txt beside them.
 */
public class ProvinceBench {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final int MAX_REQUESTS_PER_PHASE = 500_000;

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        URI base = URI.create(o.get("base", "http://localhost:8080"));
        String host = base.getHost();
        if (!List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(host)) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        Bench bench = new Bench(base, o);
        bench.run();
    }

    // ---------------------------------------------------------------------------------------------------------

    static final class Bench {
        final URI base;
        final Options o;
        final HttpClient http;
        final String password;
        final int clients;
        final Random random;
        final Path results;
        final List<String> summary = new ArrayList<>();
        /** Whether to ask for compressed responses, as browsers do ({@code --gzip=false} to leave it out). */
        final boolean gzip;

        Bench(URI base, Options o) throws IOException {
            this.base = base;
            this.o = o;
            this.password = o.get("password", System.getenv().getOrDefault("DANGBO_BENCH_PASSWORD", "bench@2025!"));
            this.clients = o.getInt("clients", 50);
            this.gzip = Boolean.parseBoolean(o.get("gzip", "true"));
            this.random = new Random(o.getInt("seed", 1));
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            this.results = Path.of(o.get("results", "bench/results")).resolve(LocalDateTime.now().format(STAMP));
            Machine.serverPid = Long.parseLong(o.get("server-pid", "0"));
            Account.ONLY = o.values.containsKey("only") ? List.of(o.get("only", "").split(",")) : List.of();
            Machine.databaseDirectory = o.values.containsKey("database-dir")
                    ? Path.of(o.get("database-dir", "")).toAbsolutePath().normalize() : null;
            Files.createDirectories(results);
        }

        void run() throws Exception {
            List<String> scenarios = Arrays.asList(o.get("scenarios", "closed,open,list").split(","));
            line("dangbo province benchmark — " + LocalDateTime.now().withNano(0) + " — " + base);
            line(Machine.describe());
            line("args: " + String.join(" ", o.raw));

            Account province = new Account("bench.province");
            List<Account> wards = List.of(new Account("bench.ward1"), new Account("bench.ward2"), new Account("bench.ward3"));
            List<Account> all = new ArrayList<>(wards);
            all.add(0, province);
            for (Account a : all) {
                a.harvest(this);
                line(String.format(Locale.ROOT, "%-15s scope %,d members on the list; harvested %d names, %d card numbers",
                        a.username, a.total, a.names.size(), a.cards.size()));
            }
            // one session per simulated client, a share of them the province office, spread evenly
            double share = Double.parseDouble(o.get("province-share", "0.5"));
            List<Client> pool = new ArrayList<>();
            int wardClients = 0;
            for (int i = 0; i < clients; i++) {
                boolean asProvince = Math.floor((i + 1) * share) > Math.floor(i * share);
                Account a = asProvince ? province : wards.get(wardClients++ % wards.size());
                pool.add(new Client(i, a, login(a.username), new Random(random.nextLong())));
            }
            line("signed in " + pool.size() + " client sessions");

            int quiet = o.getInt("wait-quiet", 120);
            if (scenarios.contains("closed")) {
                int warmup = o.getInt("warmup", 180);
                int duration = o.getInt("duration", 60);
                closedLoop("warm-up", pool, warmup, false);
                line(Machine.waitQuiet(quiet));
                Result r = closedLoop("closed " + clients + " clients, search", pool, duration, true);
                report(r);
            }
            if (scenarios.contains("open")) {
                int rate = o.getInt("rate", 500);
                int duration = o.getInt("open-duration", 60);
                if (!scenarios.contains("closed")) {
                    closedLoop("warm-up", pool, o.getInt("warmup", 180), false);
                }
                line(Machine.waitQuiet(quiet));
                report(openLoop("open " + rate + "/s over " + clients + " clients, search", pool, rate, duration));
            }
            if (scenarios.contains("list")) {
                line(Machine.waitQuiet(quiet));
                listing(province, wards.get(0), pool);
            }
            if (scenarios.contains("dashboards")) {
                line(Machine.waitQuiet(quiet));
                dashboards(province, wards.get(0), pool);
            }
            Files.write(results.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
            System.out.println("\nraw results: " + results);
        }

        void line(String s) {
            System.out.println(s);
            summary.add(s);
        }

        // --- sign-in ---------------------------------------------------------------------------------------------

        static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
        static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

        /** Signs in through the form and returns the session cookie. */
        String login(String username) throws IOException, InterruptedException {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String session = cookie(page, null);
            Matcher m = CSRF.matcher(page.body());
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "JSESSIONID=" + session)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || location.contains("/login")) {
                throw new IllegalStateException("sign-in as " + username + " failed (" + r.statusCode() + " " + location
                        + "); was the province generated with this password?");
            }
            return cookie(r, session);
        }

        static String cookie(HttpResponse<?> r, String fallback) {
            for (String c : r.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION.matcher(c);
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (fallback == null) {
                throw new IllegalStateException("no session cookie");
            }
            return fallback;
        }

        // --- one request -----------------------------------------------------------------------------------------

        /** Fetches the results fragment; returns the decoded body, or null for an HTTP error. */
        Response fetch(String session, String pathAndQuery, boolean fragment) throws InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
                    .header("Cookie", "JSESSIONID=" + session).GET();
            if (gzip) {
                b.header("Accept-Encoding", "gzip");
            }
            if (fragment) {
                b.header("HX-Request", "true");
            }
            try {
                HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = r.body();
                boolean gzipped = r.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
                String text = new String(gzipped ? gunzip(body) : body, StandardCharsets.UTF_8);
                return new Response(r.statusCode(), body.length, text);
            } catch (IOException e) {
                return new Response(-1, 0, e.toString());
            }
        }

        /** A call of the REST API with the account's bearer token. */
        Response fetchApi(String token, String pathAndQuery) throws InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET();
            try {
                HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Response(r.statusCode(), r.body().length, new String(r.body(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new Response(-1, 0, e.toString());
            }
        }

        static byte[] gunzip(byte[] body) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // --- closed loop -----------------------------------------------------------------------------------------

        Result closedLoop(String name, List<Client> pool, int seconds, boolean record) throws Exception {
            Machine.Snapshot before = Machine.snapshot();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            AtomicLong budget = new AtomicLong(MAX_REQUESTS_PER_PHASE);
            Recorder recorder = new Recorder(name);
            CountDownLatch done = new CountDownLatch(pool.size());
            for (Client c : pool) {
                Thread t = new Thread(() -> {
                    try {
                        while (System.nanoTime() < end && budget.decrementAndGet() >= 0) {
                            Query q = c.account.query(c.random);
                            long t0 = System.nanoTime();
                            Response r = fetch(c.session, "/members?q=" + enc(q.text), true);
                            long t1 = System.nanoTime();
                            recorder.add(c, q, t0 - start, t1 - t0, r);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }, "client-" + c.id);
                t.start();
            }
            done.await();
            Result r = recorder.result((System.nanoTime() - start) / 1e9, Machine.snapshot(), before);
            if (!record) {
                line(String.format(Locale.ROOT, "%s: %d requests in %d s", name, r.count(), seconds));
            } else {
                r.save(results);
            }
            return r;
        }

        // --- open loop -------------------------------------------------------------------------------------------

        Result openLoop(String name, List<Client> pool, int rate, int seconds) throws Exception {
            Machine.Snapshot before = Machine.snapshot();
            long total = Math.min((long) rate * seconds, MAX_REQUESTS_PER_PHASE);
            double intervalNanos = 1e9 / rate;
            long start = System.nanoTime() + 100_000_000L;
            long deadline = start + (seconds + 30) * 1_000_000_000L; // stop even if the server stalls
            AtomicLong nextSlot = new AtomicLong();
            Recorder recorder = new Recorder(name);
            CountDownLatch done = new CountDownLatch(pool.size());
            AtomicLong dropped = new AtomicLong();
            for (Client c : pool) {
                Thread t = new Thread(() -> {
                    try {
                        long slot;
                        while ((slot = nextSlot.getAndIncrement()) < total) {
                            long scheduled = start + (long) (slot * intervalNanos);
                            long wait = scheduled - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            if (System.nanoTime() > deadline) {
                                dropped.incrementAndGet();
                                continue;
                            }
                            Query q = c.account.query(c.random);
                            Response r = fetch(c.session, "/members?q=" + enc(q.text), true);
                            long finished = System.nanoTime();
                            recorder.add(c, q, scheduled - start, finished - scheduled, r);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }, "open-" + c.id);
                t.start();
            }
            done.await();
            Result r = recorder.result((System.nanoTime() - start) / 1e9, Machine.snapshot(), before);
            r.note = "latency from the scheduled send time; " + dropped.get() + " slots dropped after the deadline";
            r.save(results);
            return r;
        }

        // --- listing ---------------------------------------------------------------------------------------------

        void listing(Account province, Account ward, List<Client> pool) throws Exception {
            String wardId = ward.scopeOrganizationId(this);
            int provinceLast = Math.max(0, (int) ((province.total - 1) / 20));
            int wardLast = Math.max(0, (int) ((ward.total - 1) / 20));
            Map<String, Object[]> cases = new LinkedHashMap<>();
            cases.put("province, first page", new Object[] {province, "/members", true});
            cases.put("province, page 1000", new Object[] {province, "/members?page=1000", true});
            cases.put("province, last page (" + (provinceLast + 1) + ")", new Object[] {province, "/members?page=" + provinceLast, true});
            cases.put("province, ward " + wardId + ", first page", new Object[] {province, "/members?org=" + wardId, true});
            cases.put("province, ward " + wardId + ", official, page 50",
                    new Object[] {province, "/members?org=" + wardId + "&status=OFFICIAL&page=50", true});
            cases.put("province, status probationary", new Object[] {province, "/members?status=PROBATIONARY", true});
            cases.put("province, status exempted, page 100", new Object[] {province, "/members?status=EXEMPTED&page=100", true});
            cases.put("ward, first page", new Object[] {ward, "/members", true});
            cases.put("ward, last page (" + (wardLast + 1) + ")", new Object[] {ward, "/members?page=" + wardLast, true});
            cases.put("province, whole page (no htmx)", new Object[] {province, "/members", false});
            cases.put("ward, whole page (no htmx)", new Object[] {ward, "/members", false});
            fixedUrls(cases, pool);
        }

        void fixedUrls(Map<String, Object[]> cases, List<Client> pool) throws Exception {
            int sequential = o.getInt("list-requests", 40);
            int listClients = o.getInt("list-clients", 10);
            int listSeconds = o.getInt("list-duration", 10);
            for (Map.Entry<String, Object[]> e : cases.entrySet()) {
                Account a = (Account) e.getValue()[0];
                String url = (String) e.getValue()[1];
                boolean fragment = (Boolean) e.getValue()[2];
                boolean api = e.getValue().length > 3 && (Boolean) e.getValue()[3];
                List<Client> sessions = new ArrayList<>(pool.stream().filter(c -> c.account == a).limit(listClients).toList());
                while (sessions.size() < listClients) {
                    sessions.add(new Client(1000 + sessions.size(), a, login(a.username), new Random(sessions.size())));
                }
                // one at a time: the latency of the query itself
                Recorder one = new Recorder("list 1 client: " + e.getKey());
                long start = System.nanoTime();
                for (int i = 0; i < sequential + 3; i++) {
                    long t0 = System.nanoTime();
                    Response r = api ? fetchApi(a.token(this), url) : fetch(sessions.get(0).session, url, fragment);
                    if (i >= 3) {
                        one.add(sessions.get(0), new Query("list", url), t0 - start, System.nanoTime() - t0, r);
                    }
                }
                Result r1 = one.result((System.nanoTime() - start) / 1e9, null, null);
                r1.save(results);
                report(r1);
                // several at once
                Recorder many = new Recorder("list " + sessions.size() + " clients: " + e.getKey());
                Machine.Snapshot before = Machine.snapshot();
                long s2 = System.nanoTime();
                long end = s2 + listSeconds * 1_000_000_000L;
                CountDownLatch done = new CountDownLatch(sessions.size());
                for (Client c : sessions) {
                    new Thread(() -> {
                        try {
                            while (System.nanoTime() < end) {
                                long t0 = System.nanoTime();
                                Response r = api ? fetchApi(a.token(this), url) : fetch(c.session, url, fragment);
                                many.add(c, new Query("list", url), t0 - s2, System.nanoTime() - t0, r);
                            }
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    }).start();
                }
                done.await();
                Result r2 = many.result((System.nanoTime() - s2) / 1e9, Machine.snapshot(), before);
                r2.save(results);
                report(r2);
            }
        }

        // --- dashboards ------------------------------------------------------------------------------------------

        static final Pattern RESOLUTION_OPTION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]+)</option>");
        static final Pattern DRILL_DOWN = Pattern.compile("href=\"/dashboard\\?resolution=(\\d+)&amp;period=(\\d+)\"");

        /**
         * The ward dashboard (a resolution's targets in a period with the trend over every period, tasks by status and
         * the overdue ones) as a ward office opens it, for its annual and its congress resolution, page and API; the
         * province roll-up of a shared indicator over every ward, as the province office sorts it, and its drill-down
         * to one ward. Needs a province generated with its resolution workload (ResolutionWorkload).
         */
        void dashboards(Account province, Account ward, List<Client> pool) throws Exception {
            int thisYear = java.time.LocalDate.now().getYear();
            int lastYear = thisYear - 1;
            Response page = fetch(ward.session, "/dashboard", false);
            if (!page.ok()) {
                throw new IllegalStateException("no ward dashboard for " + ward.username + " (" + page.status()
                        + "); was the province generated with its resolutions?");
            }
            String congress = null;
            Matcher m = RESOLUTION_OPTION.matcher(page.body());
            while (m.find() && congress == null) {
                congress = unescape(m.group(2)).startsWith("Nghị quyết Đại hội") ? m.group(1) : null;
            }
            String rollupUrl = "/dashboard/province?indicator=NEW_MEMBERS&year=" + lastYear + "&period=YEAR";
            Response rollup = fetch(province.session, rollupUrl, false);
            Matcher drill = DRILL_DOWN.matcher(rollup.body());
            if (congress == null || !drill.find()) {
                throw new IllegalStateException("no congress resolution for " + ward.username + " or no ward on the roll-up");
            }
            Map<String, Object[]> cases = new LinkedHashMap<>();
            cases.put("ward dashboard: annual resolution, latest period", new Object[] {ward, "/dashboard", false});
            cases.put("ward dashboard: congress resolution, latest period",
                    new Object[] {ward, "/dashboard?resolution=" + congress, false});
            cases.put("ward dashboard API: congress resolution",
                    new Object[] {ward, "/api/v1/dashboards/ward?resolutionId=" + congress, false, true});
            cases.put("province roll-up: new members " + lastYear + ", by name", new Object[] {province, rollupUrl, false});
            cases.put("province roll-up: insurance 9 months " + thisYear + ", by %",
                    new Object[] {province, "/dashboard/province?indicator=HEALTH_INSURANCE&year=" + thisYear
                            + "&period=NINE_MONTHS&sort=PERCENT&desc=true", false});
            cases.put("province roll-up API: new members " + lastYear, new Object[] {province,
                    "/api/v1/dashboards/province?indicator=NEW_MEMBERS&year=" + lastYear + "&period=YEAR", false, true});
            cases.put("province drill-down to a ward's dashboard", new Object[] {province,
                    "/dashboard?resolution=" + drill.group(1) + "&period=" + drill.group(2), false});
            fixedUrls(cases, pool);
        }

        // --- reporting -------------------------------------------------------------------------------------------

        boolean headerPrinted;

        void report(Result r) {
            if (!headerPrinted) {
                line("");
                line(String.format(Locale.ROOT, "%-58s %8s %6s %8s %8s %8s %8s %8s %8s", "scenario", "requests",
                        "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "KB/resp"));
                headerPrinted = true;
            }
            line(r.row(r.name, r.latencies, r.errors));
            if (r.name.startsWith("closed") || r.name.startsWith("open")) {
                for (Map.Entry<String, Result.Group> g : r.groups.entrySet()) {
                    line(r.row("  " + g.getKey(), g.getValue().latencies(), g.getValue().errors));
                }
                line(String.format(Locale.ROOT, "  %d searches found nothing (%.1f%%)", r.empty,
                        100.0 * r.empty / Math.max(1, r.count())));
            }
            if (r.machine != null) {
                line("  " + r.machine);
            }
            if (r.note != null) {
                line("  " + r.note);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    record Response(int status, int bytes, String body) {
        boolean ok() {
            return status == 200 && (body.contains("data-testid=\"result-count\"") || body.contains("data-testid=\"no-results\"")
                    || body.contains("data-testid=\"achieved-count\"") || body.contains("data-testid=\"province-table\"")
                    || body.startsWith("{"));
        }

        boolean empty() {
            return body.contains("data-testid=\"no-results\"");
        }
    }

    record Query(String kind, String text) {}

    /** A signed-in session of one simulated person. */
    record Client(int id, Account account, String session, Random random) {}

    /** A benchmark account with names and card numbers from its own scope, for realistic queries. */
    static final class Account {
        static final Pattern NAME = Pattern.compile("<a href=\"/members/\\d+\" class=\"fw-semibold\">([^<]+)</a>");
        static final Pattern CARD = Pattern.compile("data-label=\"[^\"]*\">(7\\d{7})</td>");
        static final Pattern TOTAL = Pattern.compile("data-testid=\"result-count\">[^<]*?([\\d.]+) đảng viên");
        static final Pattern ORG = Pattern.compile("href=\"/organizations/(\\d+)\"");

        final String username;
        final List<String> names = new ArrayList<>();
        final List<String> cards = new ArrayList<>();
        long total;
        String session;

        Account(String username) {
            this.username = username;
        }

        String token;

        /** A bearer token of the REST API, asked for once. */
        synchronized String token(Bench b) throws InterruptedException {
            if (token == null) {
                String json = "{\"username\":\"" + username + "\",\"password\":\"" + b.password.replace("\"", "\\\"") + "\"}";
                try {
                    HttpResponse<String> r = b.http.send(HttpRequest.newBuilder(b.base.resolve("/api/v1/auth/tokens"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                    if (r.statusCode() != 201 || !m.find()) {
                        throw new IllegalStateException("no API token for " + username + ": " + r.statusCode());
                    }
                    token = m.group(1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return token;
        }

        /** Reads a few pages of the list at random places: the people this account actually sees. */
        void harvest(Bench b) throws Exception {
            session = b.login(username);
            Response first = b.fetch(session, "/members?size=200", true);
            Matcher t = TOTAL.matcher(first.body());
            if (!first.ok() || !t.find()) {
                throw new IllegalStateException("cannot read the member list as " + username + ": " + first.status());
            }
            total = Long.parseLong(t.group(1).replace(".", ""));
            int pages = (int) Math.max(1, total / 200);
            collect(first.body());
            for (int i = 0; i < 4 && pages > 1; i++) {
                collect(b.fetch(session, "/members?size=200&page=" + b.random.nextInt(pages), true).body());
            }
        }

        void collect(String html) {
            Matcher n = NAME.matcher(html);
            while (n.find()) {
                names.add(unescape(n.group(1)));
            }
            Matcher c = CARD.matcher(html);
            while (c.find()) {
                cards.add(c.group(1));
            }
        }

        /** The account's own organization: /organizations redirects to it (or lists it, for several roots). */
        String scopeOrganizationId(Bench b) throws Exception {
            HttpResponse<String> r = b.http.send(HttpRequest.newBuilder(b.base.resolve("/organizations"))
                    .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
            String where = r.headers().firstValue("Location").map(l -> "href=\"" + URI.create(l).getPath() + "\"")
                    .orElse(r.body());
            Matcher m = ORG.matcher(where);
            if (!m.find()) {
                throw new IllegalStateException("no organization for " + username);
            }
            return m.group(1);
        }

        /**
         * The next search, as people type them: a full name as written (with diacritics) or without diacritics,
         * the middle and given name, a name cut short while typing, a given name alone, a family name alone,
         * a card number whole or its first digits, a phone number.
         */
        Query query(Random r) {
            for (int attempt = 0; attempt < 1000; attempt++) {
                Query q = draw(r);
                if (ONLY.isEmpty() || ONLY.contains(q.kind())) {
                    return q;
                }
            }
            throw new IllegalArgumentException("no query of the kinds " + ONLY);
        }

        /** Query kinds to keep ({@code --only=card,phone}); empty for the whole mix. */
        static List<String> ONLY = List.of();

        private Query draw(Random r) {
            String name = names.get(r.nextInt(names.size()));
            String[] words = name.split(" ");
            String card = cards.isEmpty() ? "70000000" : cards.get(r.nextInt(cards.size()));
            int dice = r.nextInt(100);
            if (dice < 25) {
                return new Query("name", r.nextBoolean() ? name : name.toLowerCase(Locale.ROOT));
            } else if (dice < 45) {
                return new Query("name-folded", fold(name));
            } else if (dice < 60) {
                String tail = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
                return new Query("middle-given", r.nextBoolean() ? tail.toLowerCase(Locale.ROOT) : fold(tail));
            } else if (dice < 70) {
                String folded = fold(name);
                int cut = Math.max(words[0].length() + 2, folded.length() - 1 - r.nextInt(3));
                return new Query("typing", folded.substring(0, Math.min(cut, folded.length())));
            } else if (dice < 75) {
                String given = words[words.length - 1];
                return new Query("given", r.nextBoolean() ? given.toLowerCase(Locale.ROOT) : fold(given));
            } else if (dice < 78) {
                return new Query("family", words[0]);
            } else if (dice < 90) {
                return new Query("card", card);
            } else if (dice < 92) {
                return new Query("card-prefix", card.substring(0, 6));
            } else {
                // the generator's phone rule: 0900 and six digits from the card's sequence number
                long n = Long.parseLong(card) - 70_000_000L;
                return new Query("phone", String.format(Locale.ROOT, "0900%06d", (200_000 + n) % 1_000_000));
            }
        }
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Collects latencies from many threads. */
    static final class Recorder {
        final String name;
        final List<long[]> rows = new ArrayList<>(); // client, scheduledOffsetNanos, latencyNanos, status, bytes, empty
        final List<String> kinds = new ArrayList<>();
        final List<String> accounts = new ArrayList<>();

        Recorder(String name) {
            this.name = name;
        }

        synchronized void add(Client c, Query q, long offsetNanos, long latencyNanos, Response r) {
            rows.add(new long[] {c.id(), offsetNanos, latencyNanos, r.ok() ? r.status() : (r.status() == 200 ? -2 : r.status()),
                    r.bytes(), r.ok() && r.empty() ? 1 : 0});
            kinds.add(q.kind());
            accounts.add(c.account().username.startsWith("bench.ward") ? "ward" : "province");
        }

        synchronized Result result(double seconds, Machine.Snapshot after, Machine.Snapshot before) {
            String machine = null;
            if (after != null) {
                machine = after.since(before);
                double cpu = after.serverCpuMillisPerRequest(before, rows.size());
                double db = after.databaseCpuMillisPerRequest(before, rows.size());
                if (!Double.isNaN(cpu)) {
                    machine += String.format(Locale.ROOT, "; server %.2f CPU ms per request", cpu)
                            + (Double.isNaN(db) ? "" : String.format(Locale.ROOT, " (database %.2f)", db));
                }
            }
            return new Result(this, seconds, machine);
        }
    }

    static final class Result {
        record Group(List<Long> raw, long errors) {
            long[] latencies() {
                return raw.stream().mapToLong(Long::longValue).sorted().toArray();
            }
        }

        final String name;
        final double seconds;
        final String machine;
        final long[] latencies;
        final long errors;
        final long empty;
        final long bytes;
        final Map<String, Group> groups = new LinkedHashMap<>();
        final Recorder recorder;
        String note;

        Result(Recorder rec, double seconds, String machine) {
            this.name = rec.name;
            this.seconds = seconds;
            this.machine = machine;
            this.recorder = rec;
            long[] all = new long[rec.rows.size()];
            long err = 0;
            long emp = 0;
            long b = 0;
            Map<String, List<Long>> byGroup = new LinkedHashMap<>();
            Map<String, Long> errByGroup = new HashMap<>();
            for (int i = 0; i < rec.rows.size(); i++) {
                long[] row = rec.rows.get(i);
                all[i] = row[2];
                boolean failed = row[3] != 200;
                err += failed ? 1 : 0;
                emp += row[5];
                b += row[4];
                for (String g : List.of("as " + rec.accounts.get(i), rec.kinds.get(i))) {
                    byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(row[2]);
                    errByGroup.merge(g, failed ? 1L : 0L, Long::sum);
                }
            }
            Arrays.sort(all);
            this.latencies = all;
            this.errors = err;
            this.empty = emp;
            this.bytes = b;
            byGroup.entrySet().stream().sorted(Map.Entry.comparingByKey((x, y) -> {
                        boolean ax = x.startsWith("as "), ay = y.startsWith("as ");
                        return ax != ay ? (ax ? -1 : 1) : 0;
                    }))
                    .forEach(e -> groups.put(e.getKey(), new Group(e.getValue(), errByGroup.get(e.getKey()))));
        }

        int count() {
            return latencies.length;
        }

        String row(String label, long[] sorted, long errors) {
            double rps = sorted.length / seconds;
            return String.format(Locale.ROOT, "%-58s %8d %6d %8.1f %8.2f %8.2f %8.2f %8.1f %8.1f", label, sorted.length,
                    errors, rps, ms(pct(sorted, 50)), ms(pct(sorted, 95)), ms(pct(sorted, 99)),
                    ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                    latencies.length == 0 ? 0 : bytes / 1024.0 / latencies.length);
        }

        static long pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        static double ms(long nanos) {
            return nanos / 1e6;
        }

        void save(Path dir) throws IOException {
            String file = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".csv";
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8))) {
                w.println("client,account,kind,offset_ms,latency_ms,status,bytes,empty");
                for (int i = 0; i < recorder.rows.size(); i++) {
                    long[] r = recorder.rows.get(i);
                    w.printf(Locale.ROOT, "%d,%s,%s,%.3f,%.3f,%d,%d,%d%n", r[0], recorder.accounts.get(i),
                            recorder.kinds.get(i), r[1] / 1e6, r[2] / 1e6, r[3], r[4], r[5]);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What the machine is and how busy it was: the load generator shares the cores with server and database. */
    static final class Machine {
        /** The application's process id and the database's data directory, to count the server's own CPU time. */
        static long serverPid;
        static Path databaseDirectory;
        static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

        record Snapshot(long[] cpu, long processCpuNanos, long wallNanos, long serverTicks, long databaseTicks) {
            /** CPU milliseconds the application and its database used per request since {@code before}. */
            double serverCpuMillisPerRequest(Snapshot before, long requests) {
                return requests == 0 || serverTicks < 0 ? Double.NaN
                        : (serverTicks - before.serverTicks) * 1000.0 / TICKS_PER_SECOND / requests;
            }

            /** The database's part of {@link #serverCpuMillisPerRequest}. */
            double databaseCpuMillisPerRequest(Snapshot before, long requests) {
                return requests == 0 || databaseTicks < 0 ? Double.NaN
                        : (databaseTicks - before.databaseTicks) * 1000.0 / TICKS_PER_SECOND / requests;
            }

            String since(Snapshot before) {
                long busy = 0;
                long total = 0;
                for (int i = 0; i < cpu.length; i++) {
                    long d = cpu[i] - before.cpu[i];
                    total += d;
                    if (i != 3 && i != 4) { // idle, iowait
                        busy += d;
                    }
                }
                double wall = (wallNanos - before.wallNanos) / 1e9;
                double benchCores = (processCpuNanos - before.processCpuNanos) / 1e9 / wall;
                int cores = Runtime.getRuntime().availableProcessors();
                String text = String.format(Locale.ROOT, "machine CPU busy %.0f%% of %d cores; this load generator used %.2f cores",
                        total == 0 ? 0 : 100.0 * busy / total, cores, benchCores);
                if (serverTicks >= 0 && total > 0) {
                    // /proc/stat counts ticks of all cores; what neither the server nor this program used was others'
                    double busyCores = (double) busy / total * cores;
                    double serverCores = (serverTicks - before.serverTicks) / (double) TICKS_PER_SECOND / wall;
                    text += String.format(Locale.ROOT, ", the server %.2f, other processes %.2f", serverCores,
                            Math.max(0, busyCores - serverCores - benchCores));
                }
                return text;
            }
        }

        static Snapshot snapshot() {
            long[] cpu = new long[8];
            try {
                String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] f = first.trim().split("\\s+");
                for (int i = 0; i < cpu.length && i + 1 < f.length; i++) {
                    cpu[i] = Long.parseLong(f[i + 1]);
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: no machine figures
            }
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long database = databaseTicks();
            long application = serverPid > 0 ? ticks(Path.of("/proc", Long.toString(serverPid))) : -1;
            return new Snapshot(cpu, process, System.nanoTime(), application < 0 ? -1 : application + Math.max(0, database),
                    database);
        }

        /**
         * utime + stime of every postgres process working in the database directory (postmaster, pool backends,
         * background workers); -1 when not asked for or not on Linux.
         */
        static long databaseTicks() {
            if (databaseDirectory == null) {
                return -1;
            }
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        if (Files.readString(proc.resolve("comm")).trim().startsWith("postgres")
                                && Files.readSymbolicLink(proc.resolve("cwd")).equals(databaseDirectory)) {
                            ticks += ticks(proc);
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException e) {
                return -1;
            }
            return ticks;
        }

        private static long ticks(Path proc) {
            try {
                String stat = Files.readString(proc.resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** Waits (at most {@code seconds}) until the machine is nearly idle, so that others' work does not count. */
        static String waitQuiet(int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            double busy;
            do {
                Snapshot a = snapshot();
                Thread.sleep(2000);
                Snapshot b = snapshot();
                long total = 0;
                long work = 0;
                for (int i = 0; i < a.cpu.length; i++) {
                    long d = b.cpu[i] - a.cpu[i];
                    total += d;
                    work += i != 3 && i != 4 ? d : 0;
                }
                busy = total == 0 ? 0 : 100.0 * work / total;
            } while (busy > 10 && System.nanoTime() < deadline);
            return String.format(Locale.ROOT, "machine CPU busy %.0f%% before the run", busy);
        }

        static String describe() {
            String load = "";
            try {
                load = Files.readString(Path.of("/proc/loadavg")).trim();
            } catch (IOException e) {
                // not Linux
            }
            return "client: Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores, load average " + load;
        }
    }

    /** {@code --name=value} options. */
    record Options(Map<String, String> values, List<String> raw) {
        static Options parse(String[] args) {
            Map<String, String> v = new HashMap<>();
            for (String a : args) {
                if (!a.startsWith("--") || !a.contains("=")) {
                    throw new IllegalArgumentException("options are --name=value: " + a);
                }
                v.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
            return new Options(v, List.of(args));
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        int getInt(String name, int fallback) {
            return Integer.parseInt(get(name, Integer.toString(fallback)));
        }
    }
}

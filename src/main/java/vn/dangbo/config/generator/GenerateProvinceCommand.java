package vn.dangbo.config.generator;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangbo.config.DatabaseConfiguration.EmbeddedDatabase;
import vn.dangbo.identity.AccountManagement;
import java.time.LocalDate;

/**
 * {@code --generate-province [--wards=150] [--members=400000] [--seed=20251017] [--name="Đảng bộ tỉnh ..."]
 * [--password=...]}: writes a synthetic province of fictional people into the configured database, beside
 * whatever it holds, then exits. It is for measuring (see docs/performance.md), never for a production
 * register: on an installed PostgreSQL it also wants {@code --allow-installed-database}.
 *
 * <p>Every ward also gets resolutions, targets, reporting periods with values, and action programs with tasks
 * ({@link ResolutionWorkload}); {@code --generate-resolutions --province-id=N [--seed=...]} adds them alone to a
 * province generated before.
 *
 * <p>The benchmark accounts bench.province, bench.ward1, bench.ward2 and bench.ward3 get the password from
 * {@code --password}, DANGBO_BENCH_PASSWORD or else {@value #DEFAULT_PASSWORD}.
 */
@Component
@Order(2)
class GenerateProvinceCommand implements ApplicationRunner {

    static final String DEFAULT_PASSWORD = "bench@2025!";

    private static final Logger log = LoggerFactory.getLogger(GenerateProvinceCommand.class);

    private final ProvinceGenerator generator;
    private final ResolutionWorkload workload;
    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    GenerateProvinceCommand(ProvinceGenerator generator, ResolutionWorkload workload,
            ObjectProvider<EmbeddedDatabase> embedded, ConfigurableApplicationContext context, Clock clock) {
        this.clock = clock;
        this.generator = generator;
        this.workload = workload;
        this.embedded = embedded;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean province = args.containsOption("generate-province");
        boolean resolutionsOnly = args.containsOption("generate-resolutions");
        if (!province && !resolutionsOnly) {
            return;
        }
        int code = 0;
        try {
            if (embedded.getIfAvailable() == null && !args.containsOption("allow-installed-database")) {
                throw new IllegalArgumentException("the database is an installed PostgreSQL: add "
                        + "--allow-installed-database to write a synthetic province into it");
            }
            if (resolutionsOnly) {
                long provinceId = longOption(args, "province-id", 0);
                workload.generate(workload.provincePath(provinceId), longOption(args, "seed", 20251017L),
                        LocalDate.now(clock));
            } else {
                generateProvince(args);
            }
        } catch (IllegalArgumentException e) {
            log.error("Không sinh được tỉnh mô phỏng: {}", e.getMessage());
            code = 2;
        } catch (RuntimeException e) {
            log.error("Không sinh được tỉnh mô phỏng", e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private void generateProvince(ApplicationArguments args) {
        ProvinceGenerator.Settings settings = settings(args);
        ProvinceGenerator.Result r = generator.generate(settings);
        workload.generate(r.provincePath(), settings.seed(), LocalDate.now(clock));
        log.info("Xong trong {} s: tỉnh mô phỏng id {} (đường dẫn {}), {} phường, xã, {} tổ chức đảng, {} đảng viên, "
                        + "{} dòng lịch sử trạng thái, {} dòng chuyển sinh hoạt, {} chức vụ",
                String.format("%.1f", r.elapsed().toMillis() / 1000.0), r.provinceId(), r.provincePath(), r.wards(),
                r.organizations(), r.members(), r.statusChanges(), r.transfers(), r.positions());
        log.info("Tài khoản đo hiệu năng: {}", String.join("; ", r.accounts()));
    }

    static ProvinceGenerator.Settings settings(ApplicationArguments args) {
        int wards = intOption(args, "wards", 150);
        int members = intOption(args, "members", 400_000);
        if (wards < 1 || members < wards * 30) {
            throw new IllegalArgumentException("need at least one ward and 30 members per ward");
        }
        long seed = longOption(args, "seed", 20251017L);
        String password = option(args, "password", System.getenv().getOrDefault("DANGBO_BENCH_PASSWORD", DEFAULT_PASSWORD));
        if (password.length() < AccountManagement.MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password needs at least " + AccountManagement.MIN_PASSWORD_LENGTH
                    + " characters");
        }
        String name = option(args, "name", "Đảng bộ tỉnh Mô phỏng");
        return new ProvinceGenerator.Settings(wards, members, seed, name, password);
    }

    private static int intOption(ApplicationArguments args, String name, int fallback) {
        return Math.toIntExact(longOption(args, name, fallback));
    }

    private static long longOption(ApplicationArguments args, String name, long fallback) {
        try {
            return Long.parseLong(option(args, name, Long.toString(fallback)).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number");
        }
    }

    private static String option(ApplicationArguments args, String name, String fallback) {
        return args.containsOption(name) && !args.getOptionValues(name).isEmpty() ? args.getOptionValues(name).get(0)
                : fallback;
    }
}

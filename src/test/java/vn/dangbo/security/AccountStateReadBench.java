package vn.dangbo.security;

import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.identity.domain.AccountRepository;
import vn.dangbo.shared.security.OrganizationPaths;
import vn.dangbo.support.DangboTest;

/**
 * What the per-request read of the signed-in account costs (docs/performance.md, "Sessions follow the account"):
 * the new read (account by primary key with its scope path) against the scope-path read it replaced and a bare
 * round trip. Not part of the default suite (no Test suffix); run with
 * {@code ./mvnw -q -B -ntp test -Dtest=AccountStateReadBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@DangboTest
class AccountStateReadBench {

    static final int WARM_UP = 3_000;
    static final int RUNS = 20_000;

    @Autowired AccountRepository accounts;
    @Autowired OrganizationPaths paths;
    @Autowired JdbcClient jdbc;

    @Test
    void measure() {
        long id = jdbc.sql("SELECT id FROM account WHERE username = 'mythoi.kp1'").query(Long.class).single();
        long scope = jdbc.sql("SELECT scope_organization_id FROM account WHERE id = ?").param(id).query(Long.class)
                .single();
        for (int round = 0; round < 2; round++) {
            report("SELECT 1 (round trip)", () -> jdbc.sql("SELECT 1").query(Integer.class).single());
            report("scope path only (before)", () -> paths.pathOf(scope).orElseThrow().length());
            report("account state + scope path (now)", () -> accounts.stateOf(id).orElseThrow().securityStamp());
        }
    }

    private static void report(String what, LongSupplier read) {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += read.getAsLong();
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            sink += read.getAsLong();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / RUNS;
        System.out.printf("BENCH %-36s %8.1f µs per read (%d reads, %d)%n", what, micros, RUNS, sink % 2);
    }
}

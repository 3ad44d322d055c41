package vn.dangbo.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Two people writing the same thing at the same moment: the facade's "does it exist yet?" check passes for both, and
 * the second insert meets the unique key of the first. That is a conflict to reload and redo (409 with a Vietnamese
 * message), never a server error. The race is made deterministic: a second connection holds the same row
 * uncommitted, so the request's insert waits on the unique index until that connection commits.
 */
@DangboTest
class ConcurrentWriteTest {

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void openingAPeriodThatSomeoneElseOpensAtTheSameMomentIsAConflictNotAServerError() throws Exception {
        long ward = jdbc.sql("SELECT id, path FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'")
                .query((rs, n) -> rs.getLong("id")).single();
        String path = jdbc.sql("SELECT path FROM party_organization WHERE id = ?").param(ward).query(String.class)
                .single();
        int year = 2099;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO reporting_period (organization_id, org_path, year, kind, starts_on, ends_on, status,
                        opened_by)
                    VALUES (?, ?, ?, 'YEAR', make_date(?, 1, 1), make_date(?, 12, 31), 'OPEN', 'nguoi.khac')""")) {
                insert.setLong(1, ward);
                insert.setString(2, path);
                insert.setInt(3, year);
                insert.setInt(4, year);
                insert.setInt(5, year);
                insert.executeUpdate();
            }
            CompletableFuture<MockHttpServletResponse> request = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(post("/api/v1/periods").with(as.user("mythoi.vanphong")).with(csrf())
                            .contentType("application/json")
                            .content("{\"organizationId\": %d, \"year\": %d, \"kind\": \"YEAR\"}".formatted(ward, year)))
                            .andReturn().getResponse();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            waitUntilAnInsertWaitsOnALock();
            other.commit();
            MockHttpServletResponse response = request.get(30, TimeUnit.SECONDS);
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .contains("\"code\":\"CONCURRENT_CHANGE\"", "người khác").doesNotContain("Exception");
        } finally {
            jdbc.sql("DELETE FROM reporting_period WHERE year = ? AND organization_id = ?").params(year, ward).update();
        }
    }

    private void waitUntilAnInsertWaitsOnALock() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO reporting_period%'""")
                .query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("the request's insert never waited on the other connection's row")
                    .isBefore(deadline);
            Thread.sleep(20);
        }
    }
}

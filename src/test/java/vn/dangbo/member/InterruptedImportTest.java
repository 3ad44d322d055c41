package vn.dangbo.member;

import java.time.Duration;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.member.importing.ImportRecord;
import vn.dangbo.member.importing.ImportStatus;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * A confirmed import whose worker died (the JVM was killed mid-run): the sweep marks it failed with an explanation
 * instead of "Đang ghi… 30%" forever, and the ward office can write it again or discard it. A run whose worker
 * lives is left alone. Every person is fictional.
 */
@DangboTest
class InterruptedImportTest {

    private static final String OFFICE = "mythoi.vanphong";
    private static final AtomicInteger CELLS = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired MemberImport imports;
    @Autowired ImportSweep sweep;
    @Autowired ImportWorkers workers;
    @Autowired MemberRepository members;
    @Autowired OrganizationManagement organizationManagement;
    @Autowired OrganizationDirectory organizations;
    @Autowired JdbcClient jdbc;

    private String cellName;
    private String prefix;

    @BeforeEach
    void newCell() {
        cellName = "Chi bộ Khu dân cư gián đoạn " + CELLS.incrementAndGet() + " " + System.nanoTime() % 100000;
        long ward = as.call(OFFICE, () -> organizations.findByName("/", "Đảng bộ phường Mỹ Thới", 5).get(0).id());
        as.call(OFFICE, () -> organizationManagement.create(ward, new OrganizationData(OrganizationKind.CELL,
                CellType.RESIDENTIAL, cellName, "Mỹ Thới", null, null)));
        prefix = String.format("952%02d", CELLS.get() % 100);
    }

    @Test
    void aRunWhoseWorkerIsGoneIsMarkedFailedWithAnExplanationAndCanBeWrittenAgainToSuccess() throws Exception {
        long id = upload();
        leftRunningBy(id, "may-khac|4242|1", "10 minutes"); // another instance that stopped heartbeating
        assertThat(page(id).select("[data-testid=import-progress]").attr("data-status")).isEqualTo("RUNNING");
        mvc.perform(post("/members/import/" + id + "/discard").with(csrf()).with(as.user(OFFICE)))
                .andExpect(status().isConflict());

        assertThat(sweep.sweep()).contains(id);

        ImportRecord failed = record(id);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.failure()).isEqualTo("member.import.failure.interrupted");
        Document page = page(id);
        assertThat(page.select("[data-testid=import-failed]").text())
                .contains("Việc ghi bị gián đoạn", "không dòng nào được nhập", "Ghi lại");
        assertThat(page.select("[data-testid=import-retry]").text()).isEqualTo("Ghi lại 3 dòng");
        assertThat(page.select("[data-testid=import-discard]")).hasSize(1);
        for (int n = 1; n <= 3; n++) {
            assertThat(members.findByCardNumber(card(n))).as("nothing was written").isEmpty();
        }

        mvc.perform(post("/members/import/" + id + "/retry").with(csrf()).with(as.user(OFFICE)))
                .andExpect(status().is3xxRedirection());
        ImportRecord done = awaitFinished(id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.createdCount()).isEqualTo(3);
        for (int n = 1; n <= 3; n++) {
            assertThat(members.findByCardNumber(card(n))).isPresent();
        }
        assertThat(page(id).select("[data-testid=import-done]").text()).contains("3");
    }

    @Test
    void aRunOfAProcessOfThisHostThatNoLongerLivesIsMarkedFailedAtOnceAndCanBeDiscarded() throws Exception {
        long id = upload();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        String host = workers.identity().split("\\|")[0];
        leftRunningBy(id, host + "|" + ended.pid() + "|1", "1 second"); // heartbeat still fresh

        assertThat(sweep.sweep()).contains(id);
        assertThat(record(id).status()).isEqualTo(ImportStatus.FAILED);

        mvc.perform(post("/members/import/" + id + "/discard").with(csrf()).with(as.user(OFFICE)))
                .andExpect(status().is3xxRedirection());
        assertThat(record(id).status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(jdbc.sql("SELECT count(*) FROM member_import_row WHERE import_id = ?").param(id).query(Long.class)
                .single()).isZero();
        assertThat(members.findByCardNumber(card(1))).isEmpty();
        mvc.perform(post("/members/import/" + id + "/retry").with(csrf()).with(as.user(OFFICE)))
                .andExpect(status().is3xxRedirection());
        assertThat(record(id).status()).as("a discarded import is not written again").isEqualTo(ImportStatus.CANCELLED);
    }

    @Test
    void aRunWhoseWorkerLivesAndHeartbeatsIsLeftAlone() throws Exception {
        long id = upload();
        leftRunningBy(id, workers.identity(), "5 seconds");

        assertThat(sweep.sweep()).doesNotContain(id);
        assertThat(record(id).status()).isEqualTo(ImportStatus.RUNNING);
        jdbc.sql("UPDATE member_import SET status = 'PREVIEW' WHERE id = ?").param(id).update();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** The state a killed JVM leaves: confirmed, 2 of 3 rows "written" in a transaction that died with it. */
    private void leftRunningBy(long id, String worker, String heartbeatAge) {
        jdbc.sql("""
                UPDATE member_import SET status = 'RUNNING', only_valid = false, planned_rows = 3, processed_rows = 2,
                    worker = ?, heartbeat_at = now() - CAST(? AS interval) WHERE id = ? AND status = 'PREVIEW'""")
                .params(worker, heartbeatAge, id).update();
    }

    private String card(int n) {
        return prefix + String.format("%03d", n);
    }

    private long upload() throws Exception {
        StringBuilder csv = new StringBuilder("STT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Quê quán,Ngày vào Đảng,"
                + "Ngày chính thức,Số thẻ đảng viên,Điện thoại,Chi bộ\n");
        String[] names = {"Phan Văn Lựu", "Hồ Thị Mai Lan", "Đoàn Văn Khởi"};
        for (int n = 1; n <= 3; n++) {
            csv.append(n).append(',').append(names[n - 1]).append(",10/03/1975,").append(n == 2 ? "Nữ" : "Nam")
                    .append(",Kinh,Xã Mỹ Hòa Hưng,19/05/2001,20/05/2002,").append(card(n)).append(",090095200")
                    .append(n).append(',').append(cellName).append('\n');
        }
        String location = mvc.perform(multipart("/members/import")
                        .file(new MockMultipartFile("file", "danh-sach.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as.user(OFFICE)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ImportRecord r = record(id);
        assertThat(r.status()).isEqualTo(ImportStatus.PREVIEW);
        assertThat(r.createCount()).isEqualTo(3);
        return id;
    }

    private ImportRecord record(long id) {
        return as.call(OFFICE, () -> imports.get(id));
    }

    private Document page(long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/members/import/" + id).with(as.user(OFFICE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private ImportRecord awaitFinished(long id) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> record(id), r -> !r.status().working());
    }
}

package vn.dangbo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/** "Sao lưu dữ liệu": the system administrator backs up, sees and downloads backups; nobody else can. */
@DangboTest
class BackupPageTest {

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired Backups backups;
    @Autowired JdbcClient jdbc;

    @Test
    void theAdministratorMakesABackupSeesItListedWithItsSizeAndDownloadsIt() throws Exception {
        String page = mvc.perform(get("/backups").with(as.user("admin"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Sao lưu dữ liệu", "Sao lưu ngay");

        String location = mvc.perform(post("/backups").with(as.user("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/backups");

        List<Backups.BackupFile> files = as.call("admin", backups::list);
        Backups.BackupFile newest = files.stream().filter(f -> !f.daily()).findFirst().orElseThrow();
        assertThat(newest.bytes()).isPositive();
        assertThat(mvc.perform(get("/backups").with(as.user("admin"))).andReturn().getResponse()
                .getContentAsString()).contains(newest.name(), "Tải về", "MB");

        byte[] zip = mvc.perform(get("/backups/" + newest.name()).with(as.user("admin"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(zip).hasSize((int) newest.bytes());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            boolean manifest = false;
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                manifest |= e.getName().equals(Manifest.ENTRY);
            }
            assertThat(manifest).isTrue();
        }
        Path file = backups.folder().resolve(newest.name());
        assertThat(Restorer.verify(file).tables()).isNotEmpty();

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'BACKUP' AND entity_id = ? "
                + "ORDER BY id").param(newest.name()).query(String.class).list()).containsExactly("CREATE", "EXPORT");
    }

    @Test
    void aNameOutsideTheBackupFolderIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/backups/{name}", "../pg/postmaster.pid").with(as.user("admin"))).andReturn()
                .getResponse().getStatus()).isIn(400, 404);
        mvc.perform(get("/backups/postmaster.pid").with(as.user("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/backups/dangbo-20250101-000000.zip").with(as.user("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void nobodyButTheSystemAdministratorReachesThePageOrItsActions() throws Exception {
        Files.createDirectories(backups.folder());
        for (String user : List.of("tinh.vanphong", "mythoi.vanphong", "mythoi.lanhdao", "mythoi.kp1", "dangvien.anh")) {
            mvc.perform(get("/backups").with(as.user(user))).andExpect(status().isForbidden());
            mvc.perform(post("/backups").with(as.user(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/backups/dangbo-20250101-000000.zip").with(as.user(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/backups")).andExpect(status().is3xxRedirection());
        String menu = mvc.perform(get("/").with(as.user("mythoi.vanphong"))).andReturn().getResponse().getContentAsString();
        assertThat(menu).doesNotContain("Sao lưu dữ liệu");
        String adminMenu = mvc.perform(get("/").with(as.user("admin"))).andReturn().getResponse().getContentAsString();
        assertThat(adminMenu).contains("Sao lưu dữ liệu");
    }
}

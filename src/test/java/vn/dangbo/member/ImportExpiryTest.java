package vn.dangbo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.member.importing.ImportStatus;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.shared.importing.ImportExpiry;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * The last step of the staged import: an import nobody touched for a week loses its staged rows and, unconfirmed,
 * expires; a fresh one is left alone; while another instance holds the expiry's lock this one skips the round.
 * Every person is fictional.
 */
@DangboTest
class ImportExpiryTest {

    private static final String OFFICE = "mythoi.vanphong";

    @Autowired As as;
    @Autowired MemberImport imports;
    @Autowired ImportExpiry expiry;
    @Autowired OrganizationManagement organizationManagement;
    @Autowired OrganizationDirectory organizations;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void anImportUntouchedForAWeekExpiresWithItsRowsWhileAFreshOneWaits() throws Exception {
        long cell = cell();
        long old = upload(cell, "cu.csv");
        long fresh = upload(cell, "moi.csv");
        jdbc.sql("UPDATE member_import SET updated_at = now() - interval '8 days' WHERE id = ?").param(old).update();

        assertThat(expiry.run()).isGreaterThanOrEqualTo(0);

        assertThat(as.call(OFFICE, () -> imports.get(old)).status()).isEqualTo(ImportStatus.EXPIRED);
        assertThat(rows(old)).isZero();
        assertThat(as.call(OFFICE, () -> imports.get(fresh)).status()).isEqualTo(ImportStatus.PREVIEW);
        assertThat(rows(fresh)).isEqualTo(2);
    }

    @Test
    void whileAnotherInstanceHoldsTheLockThisOneSkipsTheRound() throws Exception {
        long cell = cell();
        long old = upload(cell, "cu-khoa.csv");
        jdbc.sql("UPDATE member_import SET updated_at = now() - interval '8 days' WHERE id = ?").param(old).update();

        Integer skipped = new TransactionTemplate(transactions).execute(s -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ImportExpiry.LOCK).query(Object.class).single();
            try {
                // another thread is another connection, as another instance would be
                return CompletableFuture.supplyAsync(expiry::run).get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(skipped).isEqualTo(-1);

        expiry.run();
        assertThat(as.call(OFFICE, () -> imports.get(old)).status()).isEqualTo(ImportStatus.EXPIRED);
    }

    private int rows(long id) {
        return jdbc.sql("SELECT count(*) FROM member_import_row WHERE import_id = ?").param(id).query(Integer.class)
                .single();
    }

    private long cell() {
        long ward = as.call(OFFICE, () -> organizations.findByName("/", "Đảng bộ phường Mỹ Thới", 5).get(0).id());
        return as.call(OFFICE, () -> organizationManagement.create(ward, new OrganizationData(OrganizationKind.CELL,
                CellType.RESIDENTIAL, "Chi bộ hết hạn " + System.nanoTime() % 1_000_000, "Mỹ Thới", null, null)));
    }

    private long upload(long cell, String name) {
        String csv = """
                STT,Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng
                1,Lâm Văn Hậu,10/03/1975,Nam,19/05/2001
                2,Tạ Thị Ngọc Hân,11/04/1978,Nữ,19/05/2003
                """;
        return as.call(OFFICE, () -> imports.upload(name, csv.getBytes(StandardCharsets.UTF_8), cell));
    }
}

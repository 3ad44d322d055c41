package vn.dangbo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.shared.security.Role;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * The member module's events on the real application and database: what is published, and the after-commit listener
 * that disables the account of a member who left the roll, including after a "restart" that finds its publication
 * incomplete in event_publication.
 */
@DangboTest
@EnableScenarios
class MemberEventsTest {

    static final String LISTENER =
            "vn.dangbo.member.AccountsOfLeavingMembers.on(vn.dangbo.member.MemberStatusChanged)";

    @Autowired MemberRegistry registry;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;
    @Autowired As as;
    @Autowired EventPublicationRegistry publications;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired TransactionTemplate tx;

    long kp6() {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = 'Chi bộ Khu phố 6' AND place_name = 'Mỹ Thới'")
                .query(Long.class).single();
    }

    long register(String name, String card) {
        return as.call("mythoi.vanphong", () -> registry.register(kp6(), new MemberData(name, LocalDate.of(1968, 5, 9),
                Gender.MALE, "Kinh", null, null, null, LocalDate.of(1995, 3, 2), LocalDate.of(1996, 3, 2), card, null,
                null, null, null, null, null, null, null), RegistrationKind.MEMBER, null));
    }

    long memberAccount(String username, String card) {
        return as.call("mythoi.vanphong", () -> accounts.create(new AccountManagement.AccountData(username, null,
                Role.MEMBER, null, card, true), "mat-khau-dai-du"));
    }

    boolean enabled(long account) {
        return jdbc.sql("SELECT enabled FROM account WHERE id = ?").param(account).query(Boolean.class).single();
    }

    @Test
    void registeringAnAdmittedMemberPublishesMemberAdmittedWithItsOrganizationAndDates(Scenario scenario) {
        long cell = kp6();
        String path = jdbc.sql("SELECT path FROM party_organization WHERE id = ?").param(cell).query(String.class).single();
        scenario.stimulate(() -> register("Lâm Văn Kết", "91850001"))
                .andWaitForEventOfType(MemberAdmitted.class)
                .matching(e -> e.organizationId() == cell)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.memberId()).isEqualTo(id);
                    assertThat(event.orgPath()).isEqualTo(path);
                    assertThat(event.admissionDate()).isEqualTo(LocalDate.of(1995, 3, 2));
                    assertThat(event.officialDate()).isEqualTo(LocalDate.of(1996, 3, 2));
                    assertThat(event.status()).isEqualTo(MemberStatus.OFFICIAL);
                });
    }

    @Test
    void aMemberWhoDiesLosesTheirAccountAfterTheStatusChangeCommitted(Scenario scenario) {
        long member = register("Tạ Văn Bền", "91850002");
        long account = memberAccount("ta.van.ben", "91850002");
        assertThat(enabled(account)).isTrue();

        scenario.stimulate(() -> as.run("mythoi.vanphong", () -> registry.changeStatus(member, MemberStatus.DECEASED,
                        LocalDate.of(2026, 1, 20), "Từ trần", null)))
                .andWaitForStateChange(() -> enabled(account), on -> !on)
                .andVerifyEvents(events -> assertThat(events.ofType(MemberStatusChanged.class)
                        .matching(e -> e.memberId() == member && e.from() == MemberStatus.OFFICIAL
                                && e.to() == MemberStatus.DECEASED && e.left()))
                        .hasSize(1));

        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE entity_type = 'ACCOUNT' AND entity_id = ? AND actor_username = 'hệ thống'
                AND summary LIKE 'Khoá tài khoản ta.van.ben (đảng viên từ trần)%'""").param(String.valueOf(account))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(pendingFor(member)).as("a completed publication is removed").isZero();
    }

    @Test
    void aStatusChangeThatKeepsTheMemberOnTheRollLeavesTheAccountAlone(Scenario scenario) {
        long member = register("Hồ Văn Lực", "91850003");
        long account = memberAccount("ho.van.luc", "91850003");

        scenario.stimulate(() -> as.run("mythoi.vanphong", () -> registry.changeStatus(member, MemberStatus.EXEMPTED,
                        LocalDate.of(2026, 1, 20), "Tuổi cao", null)))
                .andWaitForEventOfType(MemberStatusChanged.class)
                .matching(e -> e.memberId() == member)
                .toArriveAndVerify(e -> assertThat(e.left()).isFalse());
        // the listener ran (its publication completed) and changed nothing
        org.awaitility.Awaitility.await().until(() -> pendingFor(member) == 0);
        assertThat(enabled(account)).isTrue();
    }

    /**
     * What a restart finds after the process died between the commit and the listener: the publication is still
     * incomplete in event_publication, and resubmitting it (as spring.modulith.events.republish-outstanding-events-
     * on-restart does on start) runs the listener then; a second resubmission (another instance starting) changes
     * nothing more.
     */
    @Test
    void aPublicationLeftIncompleteByACrashIsCarriedOutWhenItIsResubmitted() {
        long member = register("Mã Văn Sáng", "91850004");
        long account = memberAccount("ma.van.sang", "91850004");
        long cell = kp6();
        String path = jdbc.sql("SELECT path FROM party_organization WHERE id = ?").param(cell).query(String.class).single();
        MemberStatusChanged expelled = new MemberStatusChanged(member, cell, path, MemberStatus.OFFICIAL,
                MemberStatus.EXPELLED, LocalDate.of(2026, 2, 1));
        tx.executeWithoutResult(s -> publications.store(expelled, Stream.of(PublicationTargetIdentifier.of(LISTENER))));
        assertThat(pendingFor(member)).isEqualTo(1);
        assertThat(enabled(account)).isTrue();

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof MemberStatusChanged e
                && e.memberId() == member);

        org.awaitility.Awaitility.await().until(() -> !enabled(account) && pendingFor(member) == 0);
        incomplete.resubmitIncompletePublications(p -> true);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'ACCOUNT' AND entity_id = ? "
                + "AND summary LIKE 'Khoá tài khoản%'").param(String.valueOf(account)).query(Long.class).single()).isEqualTo(1);
    }

    long pendingFor(long member) {
        List<String> events = jdbc.sql("SELECT serialized_event FROM event_publication WHERE completion_date IS NULL "
                + "AND event_type = ?").param(MemberStatusChanged.class.getName()).query(String.class).list();
        return events.stream().filter(e -> e.contains("\"memberId\":" + member + ",")).count();
    }
}

package vn.dangbo.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void aCellSecretaryReadsMembersButCannotChangeTheRegister() {
        assertThat(Role.CELL_SECRETARY.can(Permission.MEMBER_VIEW)).isTrue();
        assertThat(Role.CELL_SECRETARY.can(Permission.MEMBER_MANAGE)).isFalse();
        assertThat(Role.CELL_SECRETARY.can(Permission.MEMBER_IMPORT)).isFalse();
    }

    @Test
    void aMemberSeesOnlyTheirOwnRecord() {
        assertThat(Role.MEMBER.permissions()).containsExactly(Permission.SELF_VIEW);
    }

    @Test
    void onlyTheAdministratorSeesCitizenIdsInExportsAndTheAuditTrail() {
        for (Role r : Role.values()) {
            assertThat(r.can(Permission.CITIZEN_ID_VIEW)).isEqualTo(r == Role.SYSTEM_ADMIN);
            assertThat(r.can(Permission.AUDIT_VIEW)).isEqualTo(r == Role.SYSTEM_ADMIN);
        }
    }

    @Test
    void aWardOfficeHandsOutOnlyRolesNoStrongerThanItsOwn() {
        assertThat(Role.WARD_OFFICE.assignable()).doesNotContain(Role.SYSTEM_ADMIN, Role.PROVINCE_OFFICE);
        assertThat(Role.CELL_SECRETARY.assignable()).isEmpty();
    }
}

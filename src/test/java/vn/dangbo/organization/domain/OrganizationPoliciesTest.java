package vn.dangbo.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.organization.OrganizationKind.*;

import org.junit.jupiter.api.Test;
import vn.dangbo.organization.MemberCounts;

class OrganizationPoliciesTest {

    final OrganizationHierarchyPolicy hierarchy = new OrganizationHierarchyPolicy();
    final CellSizePolicy cellSize = new CellSizePolicy();

    @Test
    void qd294PlacesWardCommitteesDirectlyUnderTheProvincialCommittee() {
        assertThat(hierarchy.mayPlace(WARD_COMMITTEE, PROVINCIAL_COMMITTEE).allowed()).isTrue();
        assertThat(hierarchy.mayPlace(CELL, PROVINCIAL_COMMITTEE).denied()).isTrue();
    }

    @Test
    void cellsStandUnderAWardCommitteeOrAGrassrootsCommitteeAndPartyGroupsInsideCells() {
        assertThat(hierarchy.mayPlace(CELL, WARD_COMMITTEE).allowed()).isTrue();
        assertThat(hierarchy.mayPlace(CELL, GRASSROOTS_COMMITTEE).allowed()).isTrue();
        assertThat(hierarchy.mayPlace(PARTY_GROUP, CELL).allowed()).isTrue();
        assertThat(hierarchy.mayPlace(CELL, PARTY_GROUP).denied()).isTrue();
        assertThat(hierarchy.mayPlace(WARD_COMMITTEE, WARD_COMMITTEE).denied()).isTrue();
    }

    @Test
    void onlyAProvincialOrWardCommitteeStandsAtTheTop() {
        assertThat(hierarchy.mayPlace(PROVINCIAL_COMMITTEE, null).allowed()).isTrue();
        assertThat(hierarchy.mayPlace(WARD_COMMITTEE, null).allowed()).isTrue();
        assertThat(hierarchy.mayPlace(CELL, null).reasonKey()).isEqualTo("organization.rule.notRoot");
    }

    @Test
    void charterArticle24WarnsAboutACellWithFewerThanThreeOfficialMembers() {
        var two = cellSize.check(CELL, new MemberCounts(2, 5, 0, null));
        assertThat(two.denied()).isTrue();
        assertThat(two.args()).containsExactly(2L, 3);
        assertThat(cellSize.check(CELL, new MemberCounts(3, 0, 0, null)).allowed()).isTrue();
        assertThat(cellSize.check(WARD_COMMITTEE, new MemberCounts(0, 0, 0, null)).allowed()).isTrue();
    }
}

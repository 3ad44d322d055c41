package vn.dangbo.organization.domain;

import static vn.dangbo.organization.OrganizationKind.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.shared.Decision;

/**
 * Which kind of organization may stand under which (Party Charter Art. 21–24 and QĐ 294-QĐ/TW 2025: ward
 * committees directly under the provincial committee, with cells and grassroots organizations under them,
 * and party groups in cells).
 */
public class OrganizationHierarchyPolicy {

    private static final Map<OrganizationKind, Set<OrganizationKind>> CHILDREN = Map.of(
            PROVINCIAL_COMMITTEE, EnumSet.of(WARD_COMMITTEE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL),
            WARD_COMMITTEE, EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, CELL),
            GRASSROOTS_COMMITTEE, EnumSet.of(CELL),
            GRASSROOTS_CELL, EnumSet.of(PARTY_GROUP),
            CELL, EnumSet.of(PARTY_GROUP),
            PARTY_GROUP, EnumSet.noneOf(OrganizationKind.class));

    private static final Set<OrganizationKind> ROOTS = EnumSet.of(PROVINCIAL_COMMITTEE, WARD_COMMITTEE);

    /** May an organization of kind {@code child} stand under one of kind {@code parent} (null parent: at the top)? */
    public Decision mayPlace(OrganizationKind child, OrganizationKind parent) {
        if (parent == null) {
            return ROOTS.contains(child) ? Decision.allow() : Decision.deny("organization.rule.notRoot");
        }
        return CHILDREN.get(parent).contains(child)
                ? Decision.allow()
                : Decision.deny("organization.rule.kindUnderParent");
    }

    public Set<OrganizationKind> childKinds(OrganizationKind parent) {
        return parent == null ? ROOTS : CHILDREN.get(parent);
    }
}

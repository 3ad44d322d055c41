package vn.dangbo.organization;

/** Kinds of Party organization (RULES.md §1); the tree may hold them at any depth the hierarchy policy allows. */
public enum OrganizationKind {
    /** Đảng bộ tỉnh / thành phố (Tỉnh ủy, Thành ủy). */
    PROVINCIAL_COMMITTEE,
    /** Đảng bộ phường / xã / đặc khu (Đảng ủy phường). */
    WARD_COMMITTEE,
    /** Đảng bộ cơ sở (schools, agencies, enterprises inside a ward), which contains cells. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ cơ sở: a grassroots organization that is itself a cell. */
    GRASSROOTS_CELL,
    /** Chi bộ (chi bộ trực thuộc, or a cell of a grassroots committee). */
    CELL,
    /** Tổ đảng, inside a large cell. */
    PARTY_GROUP;

    /** Whether members are registered directly in organizations of this kind. */
    public boolean holdsMembers() {
        return this == CELL || this == GRASSROOTS_CELL || this == PARTY_GROUP;
    }

    /** Whether the kind is a cell in the sense of Charter Art. 24 (needs at least 3 official members). */
    public boolean isCell() {
        return this == CELL || this == GRASSROOTS_CELL;
    }

    public boolean hasCellType() {
        return this == CELL || this == GRASSROOTS_CELL || this == GRASSROOTS_COMMITTEE;
    }

    public String messageKey() {
        return "organization.kind." + name();
    }
}

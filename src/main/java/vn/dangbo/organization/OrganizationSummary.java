package vn.dangbo.organization;

import java.time.LocalDate;

/** What other modules may know of an organization. */
public record OrganizationSummary(long id, Long parentId, String path, int depth, OrganizationKind kind,
        CellType cellType, String name, String placeName, LocalDate dissolvedOn) {

    public boolean dissolved() {
        return dissolvedOn != null;
    }

    /** Whether {@code otherPath} is this organization or lies below it. */
    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }
}

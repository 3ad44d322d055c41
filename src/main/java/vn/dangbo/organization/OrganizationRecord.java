package vn.dangbo.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dangbo.organization.domain.Organization;

/**
 * One organization as the organization pages and API read it (the module's public record; the stored row stays in
 * {@code domain}). The path is the scope key the pages check access with; the API does not show it.
 */
public record OrganizationRecord(long id, Long parentId, String path, int depth, OrganizationKind kind,
        CellType cellType, String name, String placeName, LocalDate establishedOn, LocalDate dissolvedOn,
        String dissolutionReason, String notes, OffsetDateTime updatedAt, String updatedBy, int version) {

    static OrganizationRecord of(Organization o) {
        return new OrganizationRecord(o.id(), o.parentId(), o.path(), o.depth(), o.kind(), o.cellType(), o.name(),
                o.placeName(), o.establishedOn(), o.dissolvedOn(), o.dissolutionReason(), o.notes(), o.updatedAt(),
                o.updatedBy(), o.version());
    }

    public OrganizationSummary summary() {
        return new OrganizationSummary(id, parentId, path, depth, kind, cellType, name, placeName, dissolvedOn);
    }

    public boolean dissolved() {
        return dissolvedOn != null;
    }
}

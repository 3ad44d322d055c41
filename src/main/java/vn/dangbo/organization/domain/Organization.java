package vn.dangbo.organization.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationSummary;

/** A Party organization, as stored. */
public record Organization(long id, Long parentId, String path, int depth, OrganizationKind kind, CellType cellType,
        String name, String placeName, LocalDate establishedOn, LocalDate dissolvedOn, String dissolutionReason,
        String notes, OffsetDateTime updatedAt, String updatedBy, int version) {

    public OrganizationSummary summary() {
        return new OrganizationSummary(id, parentId, path, depth, kind, cellType, name, placeName, dissolvedOn);
    }

    public boolean dissolved() {
        return dissolvedOn != null;
    }

    /** The fields the audit trail keeps. */
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind.name());
        m.put("cellType", cellType == null ? null : cellType.name());
        m.put("parentId", parentId);
        m.put("path", path);
        m.put("placeName", placeName);
        m.put("establishedOn", establishedOn == null ? null : establishedOn.toString());
        m.put("dissolvedOn", dissolvedOn == null ? null : dissolvedOn.toString());
        m.put("dissolutionReason", dissolutionReason);
        m.put("notes", notes);
        return m;
    }
}

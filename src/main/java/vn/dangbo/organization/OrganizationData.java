package vn.dangbo.organization;

import java.time.LocalDate;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;

/** The editable fields of an organization. */
public record OrganizationData(OrganizationKind kind, CellType cellType, String name, String placeName,
        LocalDate establishedOn, String notes) {}

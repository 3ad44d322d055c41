package vn.dangbo.organization;

import java.time.LocalDate;

/** An organization was dissolved (giải thể) on a date. */
public record OrganizationDissolved(long organizationId, String path, LocalDate dissolvedOn) {}

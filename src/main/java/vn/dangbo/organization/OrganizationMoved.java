package vn.dangbo.organization;

/** An organization (with its whole subtree) moved to another parent; every path under oldPath now starts with newPath. */
public record OrganizationMoved(long organizationId, String oldPath, String newPath) {}

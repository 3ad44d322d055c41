/**
 * The tree of Party organizations of any depth, their terms (nhiệm kỳ), committees and positions.
 * Public face: {@link vn.dangbo.organization.OrganizationDirectory} (reads),
 * {@link vn.dangbo.organization.OrganizationManagement} (changes), the events
 * {@link vn.dangbo.organization.OrganizationMoved} and {@link vn.dangbo.organization.OrganizationDissolved},
 * and the port {@link vn.dangbo.organization.OrganizationMembers} that the member registry implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = {"shared", "audit"})
package vn.dangbo.organization;

/**
 * Resolutions and their targets (chỉ tiêu), reporting periods with results and evidence, achievement
 * ("đạt 10/11 chỉ tiêu"), action programs and plans with tasks, and the ward and province dashboards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resolution", allowedDependencies = {"shared", "audit", "organization"})
package vn.dangbo.resolution;

/**
 * Rule settings: the values of the rules RULES.md marks configurable ({@link vn.dangbo.shared.settings.RuleSetting}),
 * kept with their history and set by the system administrator (and a province office for its wards where allowed);
 * and the administrator's days of the working-day calendar. Other modules read them through
 * {@link vn.dangbo.shared.settings.RuleSettings} in {@code shared}, so no module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Settings", allowedDependencies = {"shared", "audit"})
package vn.dangbo.settings;

/** The audit trail: who created, changed, deleted or viewed what, when and from which address. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"shared"})
package vn.dangbo.audit;

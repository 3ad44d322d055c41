/** The audit trail: who created, changed, deleted or viewed what, when and from which address. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.dangbo.audit;

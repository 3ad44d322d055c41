/**
 * Value types and helpers used by every module: Vietnamese text (folding, collation, legacy encodings),
 * Vietnamese number and date formats, paging, and the error type that carries a machine code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dangbo.shared;

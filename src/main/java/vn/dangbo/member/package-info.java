/**
 * The member registry: register fields of form 7-HSĐV, status history with effective dates, transfers,
 * search and lists, import from .xlsx/.csv and export. Public face: {@link vn.dangbo.member.MemberDirectory}
 * (reads) and {@link vn.dangbo.member.MemberRegistry} (changes), the events {@link vn.dangbo.member.MemberAdmitted},
 * {@link vn.dangbo.member.MemberStatusChanged} and {@link vn.dangbo.member.MemberTransferred}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member", allowedDependencies = {"shared", "audit", "organization", "identity", "resolution"})
package vn.dangbo.member;

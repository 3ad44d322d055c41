package vn.dangbo.member;

/** How a member comes into the register. */
public enum RegistrationKind {
    /** A member of this organization (admitted here or registered from the paper register). */
    MEMBER,
    /** Transferred in officially from an organization outside the system. */
    TRANSFERRED_IN,
    /** Attached here temporarily, from an organization outside the system (sinh hoạt tạm thời). */
    TEMPORARY_IN;

    public String messageKey() {
        return "member.registration." + name();
    }
}

package vn.dangbo.member;

public enum Gender {
    MALE, FEMALE;

    public String messageKey() {
        return "member.gender." + name();
    }
}

package vn.dangbo.organization;

/** Members registered in an organization (or a subtree) on a date: official, probationary, temporarily attached in. */
public record MemberCounts(long official, long probationary, long temporaryIn) {

    public static final MemberCounts NONE = new MemberCounts(0, 0, 0);

    public long total() {
        return official + probationary;
    }

    public MemberCounts plus(MemberCounts other) {
        return new MemberCounts(official + other.official, probationary + other.probationary,
                temporaryIn + other.temporaryIn);
    }
}

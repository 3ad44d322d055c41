package vn.dangbo.organization;

import java.time.LocalDate;

/**
 * The roll of an organization (or a subtree) as of a date: official and probationary members on its roll, and the
 * people temporarily attached to it from elsewhere, counted beside the roll (the member module's
 * {@code RollPolicy} is the one definition).
 */
public record MemberCounts(long official, long probationary, long temporaryIn, LocalDate asOf) {

    public static final MemberCounts NONE = new MemberCounts(0, 0, 0, null);

    /** Members on the roll: official and probationary. */
    @com.fasterxml.jackson.annotation.JsonProperty("total")
    public long total() {
        return official + probationary;
    }

    /** Everyone the member list shows by default: the roll and those temporarily attached from elsewhere. */
    @com.fasterxml.jackson.annotation.JsonProperty("listed")
    public long listed() {
        return total() + temporaryIn;
    }

    public MemberCounts plus(MemberCounts other) {
        return new MemberCounts(official + other.official, probationary + other.probationary,
                temporaryIn + other.temporaryIn, asOf != null ? asOf : other.asOf);
    }
}

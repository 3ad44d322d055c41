package vn.dangbo.member;

import java.util.EnumSet;
import java.util.Set;

/** Member statuses of RULES.md §1, each kept with an effective date in the status history. */
public enum MemberStatus {
    /** Đảng viên chính thức. */
    OFFICIAL,
    /** Đảng viên dự bị: every right except voting and election (Charter Art. 3). */
    PROBATIONARY,
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPTED,
    /** Sinh hoạt tạm thời ở đây, từ nơi khác đến. */
    TEMPORARY_IN,
    /** Sinh hoạt tạm thời ở nơi khác. */
    TEMPORARY_OUT,
    /** Đình chỉ sinh hoạt. */
    SUSPENDED,
    /** Bị khởi tố, truy tố, tạm giam. */
    PROSECUTED,
    /** Đã chuyển sinh hoạt đi. */
    TRANSFERRED_OUT,
    /** Xóa tên. */
    REMOVED,
    /** Khai trừ. */
    EXPELLED,
    /** Từ trần. */
    DECEASED;

    /** Statuses of members who belong to their organization's roll (counted in its membership). */
    public static final Set<MemberStatus> ON_ROLL = EnumSet.of(OFFICIAL, PROBATIONARY, EXEMPTED, TEMPORARY_OUT,
            SUSPENDED, PROSECUTED);
    /** Statuses of people no longer in the organization. */
    public static final Set<MemberStatus> FORMER = EnumSet.of(TRANSFERRED_OUT, REMOVED, EXPELLED, DECEASED);
    /** Statuses a person may set with the status form (the others come from transfers). */
    public static final Set<MemberStatus> SETTABLE = EnumSet.of(OFFICIAL, PROBATIONARY, EXEMPTED, SUSPENDED,
            PROSECUTED, REMOVED, EXPELLED, DECEASED);

    public boolean onRoll() {
        return ON_ROLL.contains(this);
    }

    public boolean former() {
        return FORMER.contains(this);
    }

    public String messageKey() {
        return "member.status." + name();
    }
}

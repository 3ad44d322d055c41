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

    /** Statuses a person may set with the status form (the others come from transfers). */
    public static final Set<MemberStatus> SETTABLE = EnumSet.of(OFFICIAL, PROBATIONARY, EXEMPTED, SUSPENDED,
            PROSECUTED, REMOVED, EXPELLED, DECEASED);

    /** On its organization's roll: the one definition is {@link vn.dangbo.member.domain.RollPolicy}. */
    public boolean onRoll() {
        return vn.dangbo.member.domain.RollPolicy.onRoll(this);
    }

    /** No longer in the organization (transferred out, removed, expelled, deceased). */
    public boolean former() {
        return vn.dangbo.member.domain.RollPolicy.GONE.contains(this);
    }

    public String messageKey() {
        return "member.status." + name();
    }
}

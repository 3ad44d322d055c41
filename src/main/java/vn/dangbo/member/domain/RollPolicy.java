package vn.dangbo.member.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.member.MemberStatus;

/**
 * Who is on an organization's roll, and who of them is official, as of a date (RULES.md §1, Charter Art. 3 and
 * 24; the minutes of a cell meeting split "total members" into official and probationary and name the temporarily
 * attached apart). The one definition behind every count the application shows: the organization page, the member
 * list, the export, the API and the dashboards read these sets through {@link #ON_ROLL_SQL} and
 * {@link #official(String)}.
 *
 * <ul>
 * <li>On the roll: registered in the organization and neither gone (transferred out, removed, expelled, deceased)
 * nor merely attached here from elsewhere. Exempted, suspended, prosecuted or detained members, and members
 * temporarily attached elsewhere, stay on their own organization's roll.</li>
 * <li>Official: on the roll with an official-membership date on or before the date; the others on the roll are
 * probationary (party age counts from admission, official membership from the recognition date).</li>
 * <li>Temporarily attached here (sinh hoạt tạm thời): counted beside the roll, never in it, so that a member is
 * counted once, on the roll of the organization that keeps their record.</li>
 * </ul>
 */
public final class RollPolicy {

    /** Statuses that keep a member on their organization's roll. */
    public static final Set<MemberStatus> ON_ROLL = EnumSet.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY,
            MemberStatus.EXEMPTED, MemberStatus.TEMPORARY_OUT, MemberStatus.SUSPENDED, MemberStatus.PROSECUTED);
    /** Statuses of people attached here from elsewhere: beside the roll, not on it. */
    public static final Set<MemberStatus> ATTACHED_IN = EnumSet.of(MemberStatus.TEMPORARY_IN);
    /** Statuses of people no longer in the organization. */
    public static final Set<MemberStatus> GONE = EnumSet.complementOf(union(ON_ROLL, ATTACHED_IN));

    /** {@link #ON_ROLL} as an SQL list, for {@code current_status IN ...}. */
    public static final String ON_ROLL_SQL = sqlList(ON_ROLL);
    /** {@link #GONE} as an SQL list. */
    public static final String GONE_SQL = sqlList(GONE);
    /** {@link #ATTACHED_IN} as an SQL list. */
    public static final String ATTACHED_IN_SQL = sqlList(ATTACHED_IN);

    private RollPolicy() {
    }

    public static boolean onRoll(MemberStatus status) {
        return ON_ROLL.contains(status);
    }

    public static boolean official(MemberStatus status, LocalDate officialDate, LocalDate asOf) {
        return onRoll(status) && officialDate != null && !officialDate.isAfter(asOf);
    }

    public static boolean probationary(MemberStatus status, LocalDate officialDate, LocalDate asOf) {
        return onRoll(status) && !official(status, officialDate, asOf);
    }

    public static boolean attachedIn(MemberStatus status) {
        return ATTACHED_IN.contains(status);
    }

    /** SQL: the member row {@code alias} is on the roll. */
    public static String onRoll(String alias) {
        return alias + ".current_status IN " + ON_ROLL_SQL;
    }

    /** SQL: the member row {@code alias} is official as of the parameter {@code :asOf}. */
    public static String official(String alias) {
        return onRoll(alias) + " AND " + alias + ".official_date <= :asOf";
    }

    /** SQL: the member row {@code alias} is probationary as of {@code :asOf}. */
    public static String probationary(String alias) {
        return onRoll(alias) + " AND (" + alias + ".official_date IS NULL OR " + alias + ".official_date > :asOf)";
    }

    /** SQL: the member row {@code alias} is attached here from elsewhere. */
    public static String attachedIn(String alias) {
        return alias + ".current_status IN " + ATTACHED_IN_SQL;
    }

    /**
     * SQL: the member row {@code alias} was admitted by the organization that registers it between
     * {@code :admittedFrom} and {@code :admittedTo} (the admission decision's date, Charter Art. 4; HD 06-HD/TW):
     * not a member who transferred in or is attached here from elsewhere, whatever became of them since.
     */
    public static String admittedHere(String alias) {
        return alias + ".admission_date BETWEEN :admittedFrom AND :admittedTo AND " + alias
                + ".transfer_in_date IS NULL AND NOT (" + attachedIn(alias) + ")";
    }

    /**
     * SQL: the member row {@code alias} was on the roll on {@code :asOf}, by the status history (the latest status
     * on or before the date) rather than the current status.
     */
    public static String onRollAsOf(String alias) {
        return alias + ".admission_date <= :asOf AND (SELECT h.status FROM member_status_change h WHERE h.member_id = "
                + alias + ".id AND h.effective_date <= :asOf ORDER BY h.effective_date DESC, h.id DESC LIMIT 1) IN "
                + ON_ROLL_SQL;
    }

    private static EnumSet<MemberStatus> union(Set<MemberStatus> a, Set<MemberStatus> b) {
        EnumSet<MemberStatus> s = EnumSet.copyOf(a);
        s.addAll(b);
        return s;
    }

    private static String sqlList(Set<MemberStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(",", "(", ")"));
    }
}

package vn.dangbo.config.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.dangbo.config.demo.FictionalPeople;
import vn.dangbo.config.generator.ProvinceShape.Node;
import vn.dangbo.config.generator.ProvinceShape.Ward;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.TransferKind;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;

/**
 * Fictional members with the histories a real register accumulates over the years: admission as probationary
 * and recognition as official a year later, members admitted in another cell of the ward and transferred here,
 * members transferred in from outside the province, guests attached temporarily, exemptions of the elderly,
 * deaths, transfers out, temporary attachments elsewhere (some ended, some current), and the rare suspension,
 * prosecution, removal or expulsion. Ages, genders and occupations follow the kind of cell.
 *
 * <p>Identifiers come from a sequence number: card numbers 7xxxxxxx (the demo uses 9000xxxx), citizen IDs
 * 0005xxxxxxxx (province code 000, which no real ID has) and phones in the fictional 0900 block.
 */
final class SyntheticMembers {

    static final long FIRST_CARD_NUMBER = 70_000_000L;

    private static final List<String> OTHER_PROVINCES = List.of("Quảng Nam", "Nghệ An", "Thanh Hóa", "Bến Tre",
            "Đồng Tháp", "Cần Thơ", "Hà Tĩnh", "Quảng Ngãi", "Bình Định", "Thái Bình", "Nam Định", "Vĩnh Long");
    private static final List<String> ETHNIC_MINORITIES = List.of("Hoa", "Khmer", "Chăm", "Tày", "Mường");
    private static final List<String> RELIGIONS = List.of("Phật giáo", "Phật giáo", "Công giáo", "Cao Đài", "Hòa Hảo");
    private static final List<String> THEORY = List.of("Sơ cấp", "Sơ cấp", "Trung cấp", "Trung cấp", "Cao cấp");

    /** A row of the status history. */
    record StatusRow(MemberStatus status, LocalDate date, String reason, String decisionRef) {}

    /** A row of the transfer history. */
    record TransferRow(TransferKind kind, Node from, Node to, String external, LocalDate date, String decisionRef,
            String reason) {}

    /** One member as it will be written: the register fields and both histories in date order. */
    static final class Member {
        long id;
        Node organization;
        Node temporaryHost;
        String temporaryExternal;
        String fullName;
        LocalDate born;
        Gender gender;
        String ethnicity;
        String religion;
        String hometown;
        String residence;
        LocalDate admitted;
        LocalDate official;
        String cardNumber;
        String citizenId;
        String phone;
        String education;
        String politicalTheory;
        String occupation;
        LocalDate transferIn;
        LocalDate transferOut;
        final List<StatusRow> statuses = new ArrayList<>();
        final List<TransferRow> transfers = new ArrayList<>();

        MemberStatus currentStatus() {
            return statuses.get(statuses.size() - 1).status();
        }

        LocalDate statusSince() {
            return statuses.get(statuses.size() - 1).date();
        }

        void status(MemberStatus status, LocalDate date, String reason, String decisionRef) {
            statuses.add(new StatusRow(status, date, reason, decisionRef));
        }

        void transfer(TransferKind kind, Node from, Node to, String external, LocalDate date, String decisionRef,
                String reason) {
            transfers.add(new TransferRow(kind, from, to, external, date, decisionRef, reason));
        }
    }

    private final Random random;
    private final FictionalPeople people;
    private final LocalDate today;
    private final List<String> provincePlaces;
    private long sequence;

    /**
     * @param firstSequence the first identifier number (card number {@code FIRST_CARD_NUMBER + sequence}),
     *                      past those of earlier runs
     */
    SyntheticMembers(long seed, long firstSequence, LocalDate today, List<String> provincePlaces) {
        this.random = new Random(seed);
        this.people = new FictionalPeople(seed * 31 + 17, firstSequence);
        this.sequence = firstSequence;
        this.today = today;
        this.provincePlaces = provincePlaces;
    }

    /** The members of one ward, organization by organization, with ids taken in order from {@code ids}. */
    List<Member> ward(Ward ward, long[] ids) {
        List<Node> holders = ward.memberHolders();
        List<Member> members = new ArrayList<>(ward.members());
        int next = 0;
        for (Node organization : holders) {
            for (int i = 0; i < organization.members; i++) {
                Member m = person(ward, organization);
                m.id = ids[next++];
                history(m, ward, holders);
                members.add(m);
            }
        }
        return members;
    }

    private Member person(Ward ward, Node organization) {
        CellType profile = organization.memberProfile();
        Member m = new Member();
        m.organization = organization;
        boolean female = random.nextInt(100) < switch (profile) {
            case POLICE -> 15;
            case MILITARY -> 8;
            case SCHOOL -> 70;
            case HEALTH_STATION, OTHER -> 60;
            default -> 42;
        };
        m.gender = female ? Gender.FEMALE : Gender.MALE;
        m.fullName = name(female);
        int age = age(profile);
        m.born = today.minusYears(age).minusDays(random.nextInt(365));
        int admittedAt = profile == CellType.POLICE || profile == CellType.MILITARY ? between(19, 27)
                : between(20, Math.min(45, Math.max(21, age - 1)));
        m.admitted = min(m.born.plusYears(admittedAt).plusDays(random.nextInt(365)), today.minusDays(between(20, 120)));
        LocalDate official = m.admitted.plusMonths(12).plusDays(random.nextInt(40));
        m.official = official.isAfter(today) ? null : official;
        m.ethnicity = random.nextInt(100) < 6 ? pick(ETHNIC_MINORITIES) : "Kinh";
        m.religion = random.nextInt(100) < 12 ? pick(RELIGIONS) : null;
        m.hometown = random.nextInt(100) < 70 ? pick(List.of("xã ", "phường ")) + pick(provincePlaces)
                : pick(OTHER_PROVINCES);
        m.residence = (profile == CellType.RESIDENTIAL ? residentialUnit(organization) : "Khu phố " + between(1, 30))
                + ", " + ward.unit() + " " + ward.place();
        m.education = age >= 60 ? pick(List.of("7/10", "10/10", "9/12", "12/12", "Trung cấp", "Đại học"))
                : pick(List.of("12/12", "Trung cấp", "Cao đẳng", "Đại học", "Đại học", "Thạc sĩ"));
        m.politicalTheory = random.nextInt(100) < 10 ? null : pick(THEORY);
        m.occupation = occupation(profile, age);
        long n = sequence++;
        m.cardNumber = String.format("%08d", FIRST_CARD_NUMBER + n);
        m.citizenId = String.format("0005%08d", n);
        m.phone = random.nextInt(100) < 92 ? String.format("0900%06d", (200_000 + n) % 1_000_000) : null;
        return m;
    }

    /** Three words mostly; a woman whose middle name is Thị often has a second one ("Nguyễn Thị Ngọc Anh"). */
    private String name(boolean female) {
        String name = people.fullName(female);
        String[] words = name.split(" ");
        if (female && words.length == 3 && words[1].equals("Thị") && random.nextInt(100) < 40) {
            String second = pick(FictionalPeople.MIDDLE_FEMALE);
            if (!second.equals("Thị")) {
                return words[0] + " Thị " + second + " " + words[2];
            }
        }
        return name;
    }

    private int age(CellType profile) {
        return switch (profile) {
            case RESIDENTIAL -> random.nextInt(100) < 60 ? between(60, 92) : between(28, 59);
            case POLICE, MILITARY -> between(22, 52);
            default -> between(24, 60);
        };
    }

    private String occupation(CellType profile, int age) {
        return switch (profile) {
            case RESIDENTIAL -> age >= 60 ? "Hưu trí"
                    : pick(List.of("Kinh doanh", "Công nhân", "Lao động tự do", "Nội trợ", "Viên chức"));
            case POLICE -> "Công an";
            case MILITARY -> "Quân nhân";
            case SCHOOL -> pick(List.of("Giáo viên", "Giáo viên", "Giảng viên", "Nhân viên"));
            case HEALTH_STATION, OTHER -> pick(List.of("Bác sĩ", "Y sĩ", "Điều dưỡng", "Dược sĩ"));
            case AGENCY -> "Công chức";
            case COOPERATIVE -> "Nông dân";
            case ENTERPRISE -> pick(List.of("Công nhân", "Kỹ sư", "Nhân viên văn phòng", "Quản lý"));
        };
    }

    /** "Khu phố 3" for a member of Chi bộ Khu phố 3 or of one of its party groups. */
    private static String residentialUnit(Node organization) {
        Node cell = organization.kind == OrganizationKind.PARTY_GROUP ? organization.parent : organization;
        return cell.name.replaceFirst("^Chi bộ ", "");
    }

    /** The member's history, oldest first; the current status is the last status row. */
    private void history(Member m, Ward ward, List<Node> holders) {
        Node here = m.organization;
        int draw = random.nextInt(1000);
        LocalDate last;
        if (draw < 10 && m.official != null) {
            // a guest: a member of an organization outside the system, attached here temporarily
            String from = outsideOrganization();
            LocalDate joined = dateBetween(max(m.official, today.minusYears(3)), today.minusDays(7));
            if (joined != null) {
                m.transferIn = joined;
                m.status(MemberStatus.TEMPORARY_IN, joined, from, null);
                m.transfer(TransferKind.TEMPORARY_EXTERNAL, null, here, from, joined, null, "Sinh hoạt tạm thời");
                return;
            }
        }
        if (draw < 50 && m.official != null && m.official.isBefore(today.minusDays(60))) {
            // transferred in from outside: the register here starts with the transfer
            String from = outsideOrganization();
            LocalDate joined = dateBetween(m.official.plusDays(30), today.minusDays(7));
            m.transferIn = joined;
            m.status(MemberStatus.OFFICIAL, joined, from, "Giấy giới thiệu sinh hoạt đảng số " + between(10, 990));
            m.transfer(TransferKind.IN, null, here, from, joined, null, "Chuyển nơi cư trú");
            last = joined;
        } else {
            m.status(MemberStatus.PROBATIONARY, m.admitted, null, "Quyết định kết nạp đảng viên");
            last = m.admitted;
            Node previous = draw < 90 && holders.size() > 1 ? pick(holders) : here;
            LocalDate moved = previous == here ? null : dateBetween(m.admitted.plusDays(60), today.minusDays(7));
            if (moved == null) {
                m.transfer(TransferKind.JOINED, null, here, null, m.admitted, null, null);
            } else {
                m.transfer(TransferKind.JOINED, null, previous, null, m.admitted, null, null);
                if (m.official != null && m.official.isBefore(moved)) {
                    m.status(MemberStatus.OFFICIAL, m.official, null, "Quyết định công nhận đảng viên chính thức");
                }
                m.transfer(TransferKind.OFFICIAL, previous, here, null, moved, "Quyết định của Đảng ủy",
                        pick(List.of("Chuyển nơi ở", "Chuyển công tác")));
                last = moved;
            }
            if (m.official != null && m.statuses.size() == 1) {
                m.status(MemberStatus.OFFICIAL, m.official, null, "Quyết định công nhận đảng viên chính thức");
            }
            last = max(last, m.official == null ? last : m.official);
        }
        if (m.official == null) {
            return; // probationary members: too early for anything else
        }
        if (random.nextInt(100) < 2) {
            last = pastTemporaryAttachment(m, last);
        }
        currentState(m, ward, holders, last);
    }

    /** A temporary attachment elsewhere that has ended: out, then back. */
    private LocalDate pastTemporaryAttachment(Member m, LocalDate last) {
        LocalDate start = dateBetween(last.plusDays(1), today.minusDays(400));
        if (start == null) {
            return last;
        }
        LocalDate end = start.plusDays(between(90, 360));
        String where = outsideOrganization();
        m.status(MemberStatus.TEMPORARY_OUT, start, where, null);
        m.transfer(TransferKind.TEMPORARY_EXTERNAL, m.organization, null, where, start, null, "Đi làm ăn xa");
        m.status(MemberStatus.OFFICIAL, end, null, null);
        m.transfer(TransferKind.RETURNED, null, m.organization, null, end, null, "Trở về nơi cư trú");
        return end;
    }

    /** What became of the member: most are simply official; some are exempted, died, left or were disciplined. */
    private void currentState(Member m, Ward ward, List<Node> holders, LocalDate last) {
        int age = (int) ChronoUnit.YEARS.between(m.born, today);
        if (age >= 70 && random.nextInt(100) < (age >= 75 ? 25 : 10)) {
            LocalDate exempted = dateBetween(max(last.plusDays(1), m.born.plusYears(70)), today.minusDays(1));
            if (exempted != null) {
                m.status(MemberStatus.EXEMPTED, exempted, "Tuổi cao, sức yếu",
                        "Quyết định miễn công tác và sinh hoạt đảng");
                last = exempted;
            }
        }
        if (age >= 65 && random.nextInt(100) < (age >= 80 ? 10 : 4)) {
            LocalDate died = dateBetween(max(last.plusDays(1), today.minusYears(6)), today.minusDays(1));
            if (died != null) {
                m.status(MemberStatus.DECEASED, died, null, null);
            }
            return;
        }
        if (m.currentStatus() != MemberStatus.OFFICIAL) {
            return;
        }
        int draw = random.nextInt(10_000);
        LocalDate when = dateBetween(max(last.plusDays(1), today.minusYears(draw < 400 ? 6 : 2)), today.minusDays(1));
        if (when == null) {
            return;
        }
        if (draw < 250) {
            String to = outsideOrganization();
            m.transferOut = when;
            m.status(MemberStatus.TRANSFERRED_OUT, when, to, "Giấy giới thiệu sinh hoạt đảng số " + between(10, 990));
            m.transfer(TransferKind.OUT, m.organization, null, to, when, null, "Chuyển nơi cư trú");
        } else if (draw < 350) {
            String where = outsideOrganization();
            m.temporaryExternal = where;
            m.status(MemberStatus.TEMPORARY_OUT, when, where, null);
            m.transfer(TransferKind.TEMPORARY_EXTERNAL, m.organization, null, where, when, null, "Đi làm ăn xa");
        } else if (draw < 400 && holders.size() > 1) {
            Node host = pick(holders);
            if (host != m.organization) {
                m.temporaryHost = host;
                m.status(MemberStatus.TEMPORARY_OUT, when, host.name, null);
                m.transfer(TransferKind.TEMPORARY, m.organization, host, null, when, null, "Tạm trú nơi khác trong phường");
            }
        } else if (draw < 410) {
            m.status(MemberStatus.SUSPENDED, when, "Đình chỉ sinh hoạt đảng để xem xét kỷ luật", null);
        } else if (draw < 415) {
            m.status(MemberStatus.PROSECUTED, when, "Bị khởi tố", null);
        } else if (draw < 445) {
            m.status(MemberStatus.REMOVED, when, "Bỏ sinh hoạt đảng không có lý do chính đáng",
                    "Quyết định xóa tên trong danh sách đảng viên");
        } else if (draw < 450) {
            m.status(MemberStatus.EXPELLED, when, "Vi phạm kỷ luật", "Quyết định khai trừ ra khỏi Đảng");
        }
    }

    private String outsideOrganization() {
        return switch (random.nextInt(3)) {
            case 0 -> "Đảng bộ phường " + pick(provincePlaces) + ", tỉnh " + pick(OTHER_PROVINCES);
            case 1 -> "Đảng bộ xã " + pick(provincePlaces) + ", tỉnh " + pick(OTHER_PROVINCES);
            default -> "Chi bộ Công ty TNHH " + pick(List.of("Điện tử", "Giày da", "Logistics", "Dệt may"))
                    + " tại Thành phố Hồ Chí Minh";
        };
    }

    /** A random date from {@code from} to {@code to} inclusive, or null when the range is empty. */
    private LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 0) {
            return null;
        }
        return from.plusDays(days == 0 ? 0 : (long) (random.nextDouble() * (days + 1)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

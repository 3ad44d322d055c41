package vn.dangbo.config.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.identity.AccountManagement.AccountData;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberDirectory;
import vn.dangbo.member.MemberRegistry;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.RegistrationKind;
import vn.dangbo.member.TransferKind;
import vn.dangbo.member.MemberData;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.organization.PartyPosition;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.shared.security.Role;

/**
 * The demo province of the seed articles: Đảng bộ phường Mỹ Thới (residential cells and others),
 * Đảng bộ phường Hương An (the residential cells of khu vực Hương An, Chi bộ Hợp tác xã Nông nghiệp and Chi bộ
 * Trạm Y tế phường holding 121 members between them, and cells elsewhere in the ward) and Đảng bộ Phường 1
 * (10 cells). Every person is fictional.
 */
@Component
class RegistryDemo {

    /** Password of every demo account (listed in the README). */
    static final String DEMO_PASSWORD = "dangbo@2025";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final OrganizationManagement organizations;
    private final MemberRegistry members;
    private final MemberDirectory directory;
    private final AccountManagement accounts;
    private final FictionalPeople people = new FictionalPeople(20251017L, 1000);
    private final Map<Long, List<Long>> membersByCell = new HashMap<>();

    RegistryDemo(OrganizationManagement organizations, MemberRegistry members, MemberDirectory directory,
            AccountManagement accounts) {
        this.directory = directory;
        this.organizations = organizations;
        this.members = members;
        this.accounts = accounts;
    }

    private record Cell(String name, CellType type, int members) {}

    DemoWards load() {
        long province = organizations.create(null, new OrganizationData(OrganizationKind.PROVINCIAL_COMMITTEE, null,
                "Đảng bộ tỉnh mẫu", "Tỉnh mẫu", LocalDate.of(2025, 7, 1), "Tỉnh dùng cho dữ liệu minh họa."));
        organizations.addTerm(province, "2025–2030", LocalDate.of(2025, 10, 1), LocalDate.of(2030, 9, 30));
        Map<String, Long> cells = new LinkedHashMap<>();

        long myThoi = ward(province, "Đảng bộ phường Mỹ Thới", "Mỹ Thới", cells, List.of(
                new Cell("Chi bộ Khu phố 1", CellType.RESIDENTIAL, 24),
                new Cell("Chi bộ Khu phố 2", CellType.RESIDENTIAL, 22),
                new Cell("Chi bộ Khu phố 3", CellType.RESIDENTIAL, 26),
                new Cell("Chi bộ Khu phố 4", CellType.RESIDENTIAL, 19),
                new Cell("Chi bộ Khu phố 5", CellType.RESIDENTIAL, 21),
                new Cell("Chi bộ Khu phố 6", CellType.RESIDENTIAL, 18),
                new Cell("Chi bộ Khu phố 7", CellType.RESIDENTIAL, 17),
                new Cell("Chi bộ Khu phố 8", CellType.RESIDENTIAL, 2),
                new Cell("Chi bộ Trường Tiểu học Mỹ Thới", CellType.SCHOOL, 14),
                new Cell("Chi bộ Trường THCS Mỹ Thới", CellType.SCHOOL, 16),
                new Cell("Chi bộ Trạm Y tế phường Mỹ Thới", CellType.HEALTH_STATION, 9),
                new Cell("Chi bộ Công an phường Mỹ Thới", CellType.POLICE, 23),
                new Cell("Chi bộ Quân sự phường Mỹ Thới", CellType.MILITARY, 11),
                new Cell("Chi bộ Cơ quan Đảng – Đoàn thể phường Mỹ Thới", CellType.AGENCY, 20),
                new Cell("Chi bộ Cơ quan Ủy ban nhân dân phường Mỹ Thới", CellType.AGENCY, 18)));

        long huongAn = ward(province, "Đảng bộ phường Hương An", "Hương An", cells, List.of(
                new Cell("Chi bộ Tổ dân phố 1 khu vực Hương An", CellType.RESIDENTIAL, 20),
                new Cell("Chi bộ Tổ dân phố 2 khu vực Hương An", CellType.RESIDENTIAL, 19),
                new Cell("Chi bộ Tổ dân phố 3 khu vực Hương An", CellType.RESIDENTIAL, 18),
                new Cell("Chi bộ Tổ dân phố 4 khu vực Hương An", CellType.RESIDENTIAL, 17),
                new Cell("Chi bộ Tổ dân phố 5 khu vực Hương An", CellType.RESIDENTIAL, 16),
                new Cell("Chi bộ Hợp tác xã Nông nghiệp", CellType.COOPERATIVE, 16),
                new Cell("Chi bộ Trạm Y tế phường", CellType.HEALTH_STATION, 15),
                new Cell("Chi bộ Tổ dân phố 6 khu vực Bồn Phổ", CellType.RESIDENTIAL, 21),
                new Cell("Chi bộ Tổ dân phố 7 khu vực Bồn Phổ", CellType.RESIDENTIAL, 18),
                new Cell("Chi bộ Trường Tiểu học Hương An", CellType.SCHOOL, 12),
                new Cell("Chi bộ Công an phường Hương An", CellType.POLICE, 15)));

        long phuong1 = ward(province, "Đảng bộ Phường 1", "Phường 1", cells, List.of(
                new Cell("Chi bộ Khu phố 1", CellType.RESIDENTIAL, 25),
                new Cell("Chi bộ Khu phố 2", CellType.RESIDENTIAL, 23),
                new Cell("Chi bộ Khu phố 3", CellType.RESIDENTIAL, 21),
                new Cell("Chi bộ Khu phố 4", CellType.RESIDENTIAL, 20),
                new Cell("Chi bộ Khu phố 5", CellType.RESIDENTIAL, 18),
                new Cell("Chi bộ Khu phố 6", CellType.RESIDENTIAL, 17),
                new Cell("Chi bộ Cơ quan Ủy ban nhân dân Phường 1", CellType.AGENCY, 22),
                new Cell("Chi bộ Công an Phường 1", CellType.POLICE, 19),
                new Cell("Chi bộ Quân sự Phường 1", CellType.MILITARY, 10),
                new Cell("Chi bộ Trường Mầm non Phường 1", CellType.SCHOOL, 9)));

        histories(cells);
        // the admissions the 2024 summaries report are decisions in the register, counted for the targets
        admissions2024(myThoi, "Mỹ Thới", cells, 13);
        admissions2024(huongAn, "Hương An", cells, 9);
        admissions2024(phuong1, "Phường 1", cells, 7);
        accounts(province, myThoi, huongAn, phuong1, cells);
        return new DemoWards(province, myThoi, huongAn, phuong1, cells);
    }

    private long ward(long province, String name, String place, Map<String, Long> cells, List<Cell> list) {
        long ward = organizations.create(province, new OrganizationData(OrganizationKind.WARD_COMMITTEE, null, name,
                place, LocalDate.of(2025, 7, 1), null));
        organizations.addTerm(ward, "2025–2030", LocalDate.of(2025, 8, 20), LocalDate.of(2030, 8, 19));
        List<Long> wardMembers = new ArrayList<>();
        for (Cell c : list) {
            long cell = organizations.create(ward, new OrganizationData(OrganizationKind.CELL, c.type(), c.name(), place,
                    null, null));
            organizations.addTerm(cell, "2025–2027", LocalDate.of(2025, 1, 15), LocalDate.of(2027, 12, 31));
            cells.put(place + "/" + c.name(), cell);
            List<Long> ids = new ArrayList<>();
            if (place.equals("Mỹ Thới") && c.name().equals("Chi bộ Khu phố 1")) {
                ids.add(named(cell, "Nguyễn Thị Ánh", Gender.FEMALE, LocalDate.of(1968, 4, 12), LocalDate.of(1995, 5, 19),
                        "90000001", "000100000001", "0900100001"));
                ids.add(named(cell, "Trần Văn Thắng", Gender.MALE, LocalDate.of(1972, 9, 2), LocalDate.of(1998, 2, 3),
                        "90000002", "000100000002", "0900100002"));
            }
            while (ids.size() < c.members()) {
                ids.add(fictional(cell));
            }
            membersByCell.put(cell, ids);
            wardMembers.addAll(ids);
            // the secretary and, in larger cells, a deputy (Charter Art. 24; RULES.md §5: 9+ official elect a committee)
            organizations.appoint(cell, ids.get(ids.size() > 2 ? 2 : 0), PartyPosition.SECRETARY,
                    LocalDate.of(2025, 1, 15), "QĐ chuẩn y " + c.name());
            if (ids.size() >= 9) {
                organizations.appoint(cell, ids.get(3), PartyPosition.DEPUTY_SECRETARY, LocalDate.of(2025, 1, 15), null);
                organizations.appoint(cell, ids.get(4), PartyPosition.COMMITTEE_MEMBER, LocalDate.of(2025, 1, 15), null);
            }
        }
        // the ward committee: secretary, two deputies, standing committee members from different cells
        organizations.appoint(ward, wardMembers.get(5), PartyPosition.SECRETARY, LocalDate.of(2025, 8, 20), "Đại hội lần thứ I");
        organizations.appoint(ward, wardMembers.get(30), PartyPosition.DEPUTY_SECRETARY, LocalDate.of(2025, 8, 20), null);
        organizations.appoint(ward, wardMembers.get(60), PartyPosition.DEPUTY_SECRETARY, LocalDate.of(2025, 8, 20), null);
        for (int i = 0; i < 4; i++) {
            organizations.appoint(ward, wardMembers.get(90 + i * 17), PartyPosition.STANDING_COMMITTEE_MEMBER,
                    LocalDate.of(2025, 8, 20), null);
        }
        return ward;
    }

    private long named(long cell, String name, Gender gender, LocalDate born, LocalDate admitted, String card,
            String citizenId, String phone) {
        return members.register(cell, new MemberData(name, born, gender, "Kinh", null, "An Giang", "Khu phố 1",
                admitted, admitted.plusMonths(12).plusDays(10), card, citizenId, phone, null, "12/12",
                "Trung cấp", "Hưu trí", null, null), RegistrationKind.MEMBER, null);
    }

    private long fictional(long cell) {
        FictionalPeople.Person p = people.next(TODAY);
        return members.register(cell, new MemberData(p.fullName(), p.dateOfBirth(), p.female() ? Gender.FEMALE : Gender.MALE,
                people.nextInt(20) == 0 ? "Hoa" : "Kinh", people.nextInt(10) == 0 ? "Phật giáo" : null, null, null,
                p.admissionDate(), p.officialDate(), p.cardNumber(), p.citizenId(), p.phone(), null,
                people.pick(List.of("9/12", "12/12", "Đại học", "Cao đẳng")),
                people.pick(List.of("Sơ cấp", "Trung cấp", "Cao cấp")),
                people.pick(List.of("Hưu trí", "Công chức", "Giáo viên", "Kinh doanh", "Công nhân", "Nông dân")),
                null, null), RegistrationKind.MEMBER, null);
    }

    /**
     * Fictional members admitted in 2024 (decisions from March to November), so that the ward's register holds the
     * {@code wanted} admissions of 2024 its summary reports ("kết nạp 13/13 đảng viên mới"): the target's value is
     * counted from these rows, never typed. Spread over the larger cells (not Khu phố 1, the cell secretary's demo
     * cell, nor a cell kept below 3 official members for the Charter Art. 24 warning).
     */
    private void admissions2024(long ward, String place, Map<String, Long> cells, int wanted) {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        long held = directory.admissionsCount(ward, from, to);
        if (held > wanted) {
            throw new IllegalStateException(place + " already holds " + held + " admissions of 2024, more than " + wanted);
        }
        List<Long> targets = cells.entrySet().stream()
                .filter(e -> e.getKey().startsWith(place + "/") && !e.getKey().endsWith("Chi bộ Khu phố 1")
                        && membersByCell.get(e.getValue()).size() >= 9)
                .map(Map.Entry::getValue).toList();
        for (int i = 0; held + i < wanted; i++) {
            LocalDate admitted = LocalDate.of(2024, 3 + (i * 3) % 9, 3 + (i * 5) % 20);
            FictionalPeople.Person p = people.next(TODAY);
            LocalDate born = LocalDate.of(1990 + (i * 7) % 12, 1 + (i * 5) % 12, 1 + (i * 11) % 28);
            long cell = targets.get(i % targets.size());
            members.register(cell, new MemberData(p.fullName(), born, p.female() ? Gender.FEMALE : Gender.MALE, "Kinh",
                    null, null, null, admitted, admitted.plusMonths(12).plusDays(10), p.cardNumber(), p.citizenId(),
                    p.phone(), null, "Đại học", "Sơ cấp",
                    people.pick(List.of("Công chức", "Giáo viên", "Kinh doanh", "Công nhân")), null, null),
                    RegistrationKind.MEMBER, null);
        }
    }

    /** Statuses with histories: recognition, exemption, death, transfers in and out, temporary attachments. */
    private void histories(Map<String, Long> cells) {
        long kp1 = cells.get("Mỹ Thới/Chi bộ Khu phố 1");
        long kp2 = cells.get("Mỹ Thới/Chi bộ Khu phố 2");
        long kp3 = cells.get("Mỹ Thới/Chi bộ Khu phố 3");
        long kp8 = cells.get("Mỹ Thới/Chi bộ Khu phố 8");
        // Khu phố 8 is a new cell with only 2 official members and 1 probationary: the Charter Art. 24.1 warning
        members.register(kp8, new MemberData("Lê Thị Hồng Nhung", LocalDate.of(1996, 3, 8), Gender.FEMALE, "Kinh", null,
                null, "Khu phố 8", LocalDate.of(2026, 3, 3), null, "90009001", "000100009001", "0900109001", null,
                "Đại học", "Sơ cấp", "Giáo viên", null, null), RegistrationKind.MEMBER, null);
        // probationary members admitted in 2026 elsewhere too
        members.register(kp3, new MemberData("Phạm Quốc Việt", LocalDate.of(1999, 11, 20), Gender.MALE, "Kinh", null,
                null, "Khu phố 3", LocalDate.of(2026, 5, 19), null, "90009002", "000100009002", "0900109002", null,
                "Đại học", "Sơ cấp", "Kỹ sư", null, null), RegistrationKind.MEMBER, null);
        List<Long> kp2Members = membersByCell.get(kp2);
        members.changeStatus(kp2Members.get(6), MemberStatus.EXEMPTED, LocalDate.of(2024, 6, 3),
                "Tuổi cao, sức yếu", "QĐ miễn sinh hoạt của Đảng ủy");
        members.changeStatus(kp2Members.get(7), MemberStatus.DECEASED, LocalDate.of(2025, 12, 14), null, null);
        members.transfer(kp2Members.get(8), TransferKind.OUT, null, "Đảng bộ phường Bình Khánh", LocalDate.of(2026, 2, 10),
                "Giấy giới thiệu chuyển sinh hoạt đảng", "Chuyển nơi cư trú");
        members.transfer(kp2Members.get(9), TransferKind.TEMPORARY, kp1, null, LocalDate.of(2026, 4, 1), null,
                "Tạm trú tại khu phố 1");
        List<Long> kp3Members = membersByCell.get(kp3);
        members.transfer(kp3Members.get(5), TransferKind.OFFICIAL, kp1, null, LocalDate.of(2025, 10, 3),
                "Quyết định của Đảng ủy", "Chuyển nơi ở");
        members.changeStatus(kp3Members.get(6), MemberStatus.EXEMPTED, LocalDate.of(2023, 9, 3), "Ốm đau dài ngày", null);
        members.register(kp1, new MemberData("Đặng Văn Lượng", LocalDate.of(1980, 7, 15), Gender.MALE, "Kinh", null,
                null, "Khu phố 1", LocalDate.of(2008, 3, 26), LocalDate.of(2009, 3, 26), "90009003", "000100009003",
                "0900109003", null, "Đại học", "Trung cấp", "Kỹ sư xây dựng", LocalDate.of(2026, 1, 5), null),
                RegistrationKind.TEMPORARY_IN, "Đảng bộ xã Vĩnh Thạnh");
    }

    private void accounts(long province, long myThoi, long huongAn, long phuong1, Map<String, Long> cells) {
        account("admin", "Quản trị hệ thống", Role.SYSTEM_ADMIN, null, null);
        account("tinh.vanphong", "Văn phòng Tỉnh ủy", Role.PROVINCE_OFFICE, province, null);
        account("mythoi.vanphong", "Văn phòng Đảng ủy Mỹ Thới", Role.WARD_OFFICE, myThoi, null);
        account("mythoi.lanhdao", "Thường trực Đảng ủy Mỹ Thới", Role.WARD_LEADER, myThoi, null);
        account("mythoi.kp1", "Bí thư Chi bộ Khu phố 1", Role.CELL_SECRETARY, cells.get("Mỹ Thới/Chi bộ Khu phố 1"), null);
        account("huongan.vanphong", "Văn phòng Đảng ủy Hương An", Role.WARD_OFFICE, huongAn, null);
        account("phuong1.vanphong", "Văn phòng Đảng ủy Phường 1", Role.WARD_OFFICE, phuong1, null);
        account("dangvien.anh", "Nguyễn Thị Ánh", Role.MEMBER, null, "90000001");
    }

    private void account(String username, String name, Role role, Long scope, String card) {
        accounts.create(new AccountData(username, name, role, scope, card, true), DEMO_PASSWORD);
    }
}

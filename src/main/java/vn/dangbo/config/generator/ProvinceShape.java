package vn.dangbo.config.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;

/**
 * The organization tree of a synthetic province, planned in memory before anything is written: wards and
 * communes with the cells a real one has (residential cells for most members, then police, military, health
 * station, agencies, schools, a cooperative in communes), enterprises as grassroots cells, a few grassroots
 * committees (hospital, company, college) with their own cells, and party groups in the large cells.
 * Everything is drawn from one {@link Random}, so a seed gives the same province every time.
 */
final class ProvinceShape {

    /** Fictional place names: two common syllables of southern place names, never the demo's wards. */
    private static final List<String> PLACE_FIRST = List.of("An", "Bình", "Hòa", "Phú", "Tân", "Long", "Mỹ",
            "Phước", "Vĩnh", "Thạnh", "Hưng", "Đông", "Tây", "Xuân", "Thới", "Hiệp", "Quang", "Lạc", "Khánh", "Định",
            "Thuận", "Hội", "Nhơn", "Gia", "Trường", "Cẩm", "Ngọc", "Kim", "Hương", "Đức", "Thanh", "Phong", "Minh",
            "Tiến", "Hải", "Sơn", "Lộc", "Yên", "Trung", "Châu");
    private static final List<String> PLACE_SECOND = List.of("An", "Bình", "Hòa", "Phú", "Lợi", "Long", "Thạnh",
            "Hưng", "Điền", "Thủy", "Lộc", "Đông", "Tây", "Nam", "Bắc", "Trung", "Thới", "Hiệp", "Hội", "Khánh", "Mỹ",
            "Phước", "Sơn", "Tiến", "Thành", "Giang", "Lâm", "Quới", "Xuân", "Định");
    private static final List<String> DEMO_PLACES = List.of("Mỹ Thới", "Hương An");

    private static final List<String> COMPANY_TRADES = List.of("Thương mại – Dịch vụ", "Xây dựng", "Vận tải",
            "Cơ khí", "Thủy sản", "Chế biến Nông sản", "May mặc", "Cấp thoát nước", "Du lịch", "Vật liệu Xây dựng",
            "Điện lực", "In ấn");
    private static final List<String> HOSPITAL_CELLS = List.of("Chi bộ Khoa Nội", "Chi bộ Khoa Ngoại",
            "Chi bộ Khoa Sản", "Chi bộ Khoa Nhi", "Chi bộ Khoa Cấp cứu", "Chi bộ Khoa Dược",
            "Chi bộ Phòng Hành chính – Quản trị", "Chi bộ Khoa Xét nghiệm");
    private static final List<String> COLLEGE_CELLS = List.of("Chi bộ Khoa Cơ khí", "Chi bộ Khoa Điện – Điện tử",
            "Chi bộ Khoa Công nghệ thông tin", "Chi bộ Khoa Kinh tế", "Chi bộ Phòng Đào tạo",
            "Chi bộ Học sinh – Sinh viên", "Chi bộ Phòng Tổ chức – Hành chính");

    /** Cells with at least this many members are split into party groups (tổ đảng). */
    static final int PARTY_GROUPS_FROM = 40;

    /** One organization of the plan; ids and paths are filled in when the ids are reserved. */
    static final class Node {
        final Node parent;
        final OrganizationKind kind;
        final CellType cellType;
        final String name;
        final String placeName;
        final LocalDate establishedOn;
        /** Members registered directly in this organization. */
        final int members;
        final List<Node> children = new ArrayList<>();
        LocalDate dissolvedOn;
        String dissolutionReason;
        long id;
        String path;
        int depth;
        long currentTermId;
        long previousTermId;

        Node(Node parent, OrganizationKind kind, CellType cellType, String name, String placeName,
                LocalDate establishedOn, int members) {
            this.parent = parent;
            this.kind = kind;
            this.cellType = cellType;
            this.name = name;
            this.placeName = placeName;
            this.establishedOn = establishedOn;
            this.members = members;
            if (parent != null) {
                parent.children.add(this);
            }
        }

        /** The cell type members here are drawn from: a party group's is its cell's. */
        CellType memberProfile() {
            if (cellType != null) {
                return cellType;
            }
            return parent == null ? CellType.OTHER : parent.memberProfile();
        }

        boolean live() {
            return dissolvedOn == null;
        }
    }

    /** A ward (or commune) with its whole subtree, the ward first, parents before children. */
    record Ward(Node node, String place, String unit, List<Node> organizations, int members) {

        /** The organizations that register members, live ones only. */
        List<Node> memberHolders() {
            return organizations.stream().filter(o -> o.kind.holdsMembers() && o.live()).toList();
        }
    }

    private final Random random;

    private ProvinceShape(Random random) {
        this.random = random;
    }

    /**
     * Plans {@code wardCount} wards under {@code province} holding {@code memberCount} members in all; ward sizes
     * vary from about 0.45 to 1.55 times the average (1,200 to 4,100 for 400,000 members in 150 wards).
     */
    static List<Ward> plan(Node province, int wardCount, int memberCount, Random random) {
        ProvinceShape shape = new ProvinceShape(random);
        List<String> places = shape.placeNames(wardCount);
        int[] sizes = shape.wardSizes(wardCount, memberCount);
        List<Ward> wards = new ArrayList<>(wardCount);
        for (int i = 0; i < wardCount; i++) {
            wards.add(shape.ward(province, places.get(i), random.nextInt(100) < 30, sizes[i]));
        }
        return wards;
    }

    private List<String> placeNames(int count) {
        List<String> names = new ArrayList<>();
        for (String first : PLACE_FIRST) {
            for (String second : PLACE_SECOND) {
                String name = first + " " + second;
                if (!first.equals(second) && !DEMO_PLACES.contains(name)) {
                    names.add(name);
                }
            }
        }
        Collections.shuffle(names, random);
        List<String> chosen = new ArrayList<>(names.subList(0, Math.min(count, names.size())));
        for (int n = 1; chosen.size() < count; n++) {
            chosen.add(names.get(n % names.size()) + " " + (n / names.size() + 2));
        }
        return chosen;
    }

    private int[] wardSizes(int count, int total) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.45 + 1.1 * random.nextDouble();
            sum += weights[i];
        }
        int[] sizes = new int[count];
        int assigned = 0;
        for (int i = 0; i < count; i++) {
            sizes[i] = (int) Math.floor(total * weights[i] / sum);
            assigned += sizes[i];
        }
        for (int i = 0; assigned < total; i = (i + 1) % count) {
            sizes[i]++;
            assigned++;
        }
        return sizes;
    }

    /** Members still to place in a ward while its cells are drawn. */
    private static final class Budget {
        int remaining;

        Budget(int remaining) {
            this.remaining = remaining;
        }

        /** Up to {@code wanted} members, or none when fewer than a cell's minimum of three remain. */
        int take(int wanted) {
            if (remaining < 3) {
                return 0;
            }
            int n = Math.min(wanted, remaining);
            remaining -= n;
            return n;
        }
    }

    private Ward ward(Node province, String place, boolean commune, int members) {
        String unit = commune ? "xã" : "phường";
        String localUnit = commune ? pick(List.of("Ấp", "Thôn")) : "Khu phố";
        Node ward = new Node(province, OrganizationKind.WARD_COMMITTEE, null, "Đảng bộ " + unit + " " + place,
                place, LocalDate.of(2025, 7, 1), 0);
        Budget budget = new Budget(members);
        cell(ward, CellType.POLICE, "Chi bộ Công an " + unit + " " + place, budget.take(between(18, 40)));
        cell(ward, CellType.MILITARY, "Chi bộ Quân sự " + unit + " " + place, budget.take(between(6, 14)));
        cell(ward, CellType.HEALTH_STATION, "Chi bộ Trạm Y tế " + unit + " " + place, budget.take(between(5, 14)));
        cell(ward, CellType.AGENCY, "Chi bộ Cơ quan Đảng – Đoàn thể " + unit + " " + place, budget.take(between(12, 30)));
        cell(ward, CellType.AGENCY, "Chi bộ Cơ quan Ủy ban nhân dân " + unit + " " + place, budget.take(between(15, 35)));
        cell(ward, CellType.SCHOOL, "Chi bộ Trường Mầm non " + place, budget.take(between(5, 15)));
        cell(ward, CellType.SCHOOL, "Chi bộ Trường Tiểu học " + place, budget.take(between(8, 20)));
        cell(ward, CellType.SCHOOL, "Chi bộ Trường Trung học cơ sở " + place, budget.take(between(10, 25)));
        if (random.nextBoolean()) {
            cell(ward, CellType.SCHOOL, "Chi bộ Trường Trung học phổ thông " + place, budget.take(between(12, 30)));
        }
        if (commune) {
            cell(ward, CellType.COOPERATIVE, "Chi bộ Hợp tác xã Nông nghiệp " + place, budget.take(between(8, 25)));
        }
        List<String> trades = new ArrayList<>(COMPANY_TRADES);
        Collections.shuffle(trades, random);
        int companies = between(1, 3);
        for (int i = 0; i < companies; i++) {
            int n = budget.take(between(5, 25));
            if (n > 0) {
                new Node(ward, OrganizationKind.GRASSROOTS_CELL, CellType.ENTERPRISE,
                        "Chi bộ Công ty TNHH " + trades.remove(0) + " " + place, place, established(), n);
            }
        }
        int committees = members >= 3000 ? 2 : members >= 2000 ? 1 : random.nextInt(2);
        for (int i = 0; i < committees; i++) {
            grassrootsCommittee(ward, place, i, trades, budget);
        }
        int number = 1;
        while (budget.remaining >= 3) {
            int n = between(12, 45);
            if (budget.remaining - n < 12) {
                n = budget.remaining;
            }
            cell(ward, CellType.RESIDENTIAL, "Chi bộ " + localUnit + " " + number++, budget.take(n));
        }
        if (random.nextInt(100) < 30) {
            Node merged = new Node(ward, OrganizationKind.CELL, CellType.RESIDENTIAL,
                    "Chi bộ " + localUnit + " " + number, place, established(), 0);
            merged.dissolvedOn = LocalDate.of(2025, 6, 30);
            merged.dissolutionReason = "Sáp nhập vào Chi bộ " + localUnit + " " + (number - 1);
        }
        int leftover = budget.remaining;
        List<Node> organizations = new ArrayList<>();
        collect(ward, organizations);
        return new Ward(ward, place, unit, organizations, members - leftover);
    }

    private void grassrootsCommittee(Node ward, String place, int index, List<String> trades, Budget budget) {
        int kind = (index + random.nextInt(3)) % 3;
        Node committee;
        List<String> cellNames;
        CellType type;
        if (kind == 0) {
            type = CellType.OTHER;
            committee = new Node(ward, OrganizationKind.GRASSROOTS_COMMITTEE, type,
                    "Đảng bộ Bệnh viện Đa khoa khu vực " + place, place, established(), 0);
            cellNames = HOSPITAL_CELLS;
        } else if (kind == 1) {
            type = CellType.ENTERPRISE;
            committee = new Node(ward, OrganizationKind.GRASSROOTS_COMMITTEE, type,
                    "Đảng bộ Công ty Cổ phần " + trades.remove(0) + " " + place, place, established(), 0);
            List<String> names = new ArrayList<>(List.of("Chi bộ Văn phòng Công ty", "Chi bộ Phòng Kinh doanh"));
            for (int i = 1; i <= 6; i++) {
                names.add("Chi bộ Phân xưởng " + i);
            }
            cellNames = names;
        } else {
            type = CellType.SCHOOL;
            committee = new Node(ward, OrganizationKind.GRASSROOTS_COMMITTEE, type,
                    "Đảng bộ Trường Cao đẳng Kỹ thuật " + place, place, established(), 0);
            cellNames = COLLEGE_CELLS;
        }
        int cells = Math.min(cellNames.size(), between(4, 8));
        for (int i = 0; i < cells; i++) {
            cell(committee, type, cellNames.get(i), budget.take(between(8, 30)));
        }
    }

    /** A cell with {@code members} members; a large one keeps half of them and splits the rest into party groups. */
    private void cell(Node parent, CellType type, String name, int members) {
        if (members == 0) {
            return;
        }
        if (members < PARTY_GROUPS_FROM) {
            new Node(parent, OrganizationKind.CELL, type, name, parent.placeName, established(), members);
            return;
        }
        int groups = members >= 60 ? 3 : 2;
        int inGroups = members / 2;
        Node cell = new Node(parent, OrganizationKind.CELL, type, name, parent.placeName, established(),
                members - inGroups);
        for (int g = 1; g <= groups; g++) {
            int n = inGroups / groups + (g <= inGroups % groups ? 1 : 0);
            new Node(cell, OrganizationKind.PARTY_GROUP, null, "Tổ đảng số " + g, parent.placeName, null, n);
        }
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        for (Node child : node.children) {
            collect(child, into);
        }
    }

    private LocalDate established() {
        return random.nextInt(100) < 30 ? null : LocalDate.of(1976, 1, 1).plusDays(random.nextInt(365 * 48));
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

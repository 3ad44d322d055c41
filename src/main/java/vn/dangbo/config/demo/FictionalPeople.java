package vn.dangbo.config.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Fictional Vietnamese people for demo and synthetic data: names drawn from common family, middle and given
 * names (never a real person's record), citizen IDs with the province code 000 that no real ID has, phones
 * in the 0900 000 xxx block, and plausible dates.
 */
public final class FictionalPeople {

    public static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
            "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh",
            "Lâm", "Mai", "Tô", "Châu", "Quách", "Thái", "Đoàn", "Lương");
    public static final List<String> MIDDLE_MALE = List.of("Văn", "Văn", "Minh", "Hữu", "Quốc", "Thanh", "Đức", "Công",
            "Ngọc", "Hoàng", "Tấn", "Thành", "Xuân", "Đình", "Trọng", "Gia");
    public static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ",
            "Hồng", "Bích", "Diệu", "Thùy", "Phương", "Minh", "Hoài");
    public static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu",
            "Hòa", "Hùng", "Huy", "Khang", "Khoa", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phong", "Phúc",
            "Quang", "Quân", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trí", "Trung", "Tuấn", "Việt",
            "Vinh", "Vũ", "Bảo", "Đạt", "Hậu", "Kiên", "Lợi", "Mạnh", "Nhân", "Tín", "Thuận", "Ân", "Khánh");
    public static final List<String> GIVEN_FEMALE = List.of("Anh", "Ánh", "Bích", "Chi", "Dung", "Duyên", "Giang",
            "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai",
            "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thơ", "Thu", "Thủy", "Trang",
            "Trâm", "Tuyết", "Uyên", "Vân", "Xuân", "Yến", "Diễm", "Đào", "Nhi");

    /** Names of real officials in the seed articles: never generated, even by chance. */
    static final java.util.Set<String> REAL_PEOPLE = java.util.Set.of("Trần Minh Đức", "Lý Tấn Hòa",
            "Trương Quang Trung", "Nguyễn Chí Hải");

    private final Random random;
    private long sequence;

    public FictionalPeople(long seed, long firstSequence) {
        this.random = new Random(seed);
        this.sequence = firstSequence;
    }

    public record Person(String fullName, boolean female, LocalDate dateOfBirth, LocalDate admissionDate,
            LocalDate officialDate, String cardNumber, String citizenId, String phone) {}

    /** A person admitted to the Party between ages 20 and 45 and at least one year before {@code today}. */
    public Person next(LocalDate today) {
        boolean female = random.nextInt(100) < 45;
        String name = fullName(female);
        LocalDate born = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 56));
        LocalDate earliest = born.plusYears(20);
        LocalDate latest = born.plusYears(45);
        if (latest.isAfter(today.minusYears(1))) {
            latest = today.minusYears(1);
        }
        if (earliest.isAfter(latest)) {
            earliest = latest.minusMonths(6);
        }
        LocalDate admitted = earliest.plusDays(random.nextInt((int) Math.max(1, latest.toEpochDay() - earliest.toEpochDay())));
        LocalDate official = admitted.plusMonths(12).plusDays(random.nextInt(40));
        if (official.isAfter(today)) {
            official = null;
        }
        long n = sequence++;
        return new Person(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC), female, born,
                admitted, official, String.format("%08d", 90_000_000L + n), String.format("000%09d", n),
                String.format("0900%06d", n % 1_000_000));
    }

    /** A family, a middle and a given name (NFC); never one of {@link #REAL_PEOPLE}. */
    public String fullName(boolean female) {
        String name;
        do {
            name = pick(FAMILY) + " " + (female ? pick(MIDDLE_FEMALE) : pick(MIDDLE_MALE)) + " "
                    + (female ? pick(GIVEN_FEMALE) : pick(GIVEN_MALE));
        } while (REAL_PEOPLE.contains(name));
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}

package vn.dangbo.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How long recognising and converting 20 000 cells takes (a quarter each TCVN3, VNI, Unicode and unaccented), as a
 * plain main rather than a timed assertion: run it after building the tests with
 * {@code java -cp target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
 * vn.dangbo.shared.text.LegacyVietnameseBench}. {@link LegacyVietnameseTest} checks that the same cells are recognised.
 */
public final class LegacyVietnameseBench {

    private LegacyVietnameseBench() {}

    static List<String> cells() {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            cells.add("NguyÔn V¨n " + i);
            cells.add("Nguyeãn Vaên " + i);
            cells.add("Nguyễn Văn " + i);
            cells.add("Nguyen Van " + i);
        }
        return cells;
    }

    public static void main(String[] args) {
        List<String> cells = cells();
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            int legacy = 0;
            for (String cell : cells) {
                if (LegacyVietnamese.detect(cell) != LegacyVietnamese.Encoding.UNICODE) {
                    legacy++;
                }
                LegacyVietnamese.normalize(cell);
            }
            System.out.printf("round %d: %d cells, %d legacy, %d ms%n", round, cells.size(), legacy,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}

package vn.dangbo.resolution.importing;

import java.math.BigDecimal;
import java.util.Optional;
import vn.dangbo.shared.format.VietnameseNumbers;

/**
 * Numbers of an imported cell: as {@link VietnameseNumbers} reads them ("12.467,1", "85,98", "14.5"), and with a
 * percent sign after them ("98,57%"), which a rate's cell often carries.
 */
public final class ImportNumbers {

    private ImportNumbers() {}

    /** The number of a cell; empty when it is blank or no number. */
    public static Optional<BigDecimal> parse(String cell) {
        if (VietnameseNumbers.blank(cell)) {
            return Optional.empty();
        }
        String s = cell.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return VietnameseNumbers.parse(s);
    }
}

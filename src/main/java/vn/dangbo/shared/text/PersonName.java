package vn.dangbo.shared.text;

import java.util.Arrays;

/**
 * A Vietnamese full name split the way registers sort it: family name (họ) first, given name (tên) last,
 * the middle name (tên đệm) between. "Nguyễn Thị Ánh" is family "Nguyễn", middle "Thị", given "Ánh".
 */
public record PersonName(String fullName, String familyName, String middleName, String givenName) {

    public static PersonName parse(String fullName) {
        String cleaned = VietnameseText.clean(fullName);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        String[] words = cleaned.split(" ");
        if (words.length == 1) {
            return new PersonName(cleaned, "", "", words[0]);
        }
        String family = words[0];
        String given = words[words.length - 1];
        String middle = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
        return new PersonName(cleaned, family, middle, given);
    }
}

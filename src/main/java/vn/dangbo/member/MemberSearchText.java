package vn.dangbo.member;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import vn.dangbo.shared.text.VietnameseText;

/**
 * The folded text a member search matches: {@code " name | card | phone"}, diacritics and case removed (the
 * leading space lets name words match at their start). Public so that whatever writes member rows (the
 * registry, bulk loaders) derives the column the same way as the search reads it.
 */
public final class MemberSearchText {

    private MemberSearchText() {}

    public static String of(String fullName, String cardNumber, String phone) {
        return " " + VietnameseText.fold(fullName) + " | " + card(cardNumber) + " | " + (phone == null ? "" : phone);
    }

    /**
     * The terms a search finds by prefix (table member_search_term): every word-suffix of the folded name
     * ("nguyen van an", "van an", "an"), the card number and the phone. A text without digits (or with a space)
     * and without "|" is found at a word start of the search text exactly when it is a prefix of one of these.
     */
    public static Set<String> terms(String fullName, String cardNumber, String phone) {
        Set<String> terms = new LinkedHashSet<>();
        String[] words = VietnameseText.fold(fullName).split(" ");
        for (int i = 0; i < words.length; i++) {
            terms.add(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
        }
        terms.add(card(cardNumber));
        terms.add(phone == null ? "" : phone);
        terms.remove("");
        return terms;
    }

    private static String card(String cardNumber) {
        return cardNumber == null ? "" : cardNumber.toLowerCase(Locale.ROOT);
    }
}

package vn.dangbo.member;

import java.util.Locale;
import vn.dangbo.shared.text.VietnameseText;

/**
 * The folded text a member search matches: {@code " name | card | phone"}, diacritics and case removed (the
 * leading space lets name words match at their start). Public so that whatever writes member rows (the
 * registry, bulk loaders) derives the column the same way as the search reads it. The database derives the
 * prefix-search terms from this text (member_search_terms() in V6__member_search_terms.sql).
 */
public final class MemberSearchText {

    private MemberSearchText() {}

    public static String of(String fullName, String cardNumber, String phone) {
        return " " + VietnameseText.fold(fullName) + " | " + card(cardNumber) + " | " + (phone == null ? "" : phone);
    }

    private static String card(String cardNumber) {
        return cardNumber == null ? "" : cardNumber.toLowerCase(Locale.ROOT);
    }
}

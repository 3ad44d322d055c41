package vn.dangbo.shared.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as people type and read it: NFC normalisation, diacritic-insensitive folding for search
 * ("Trần Minh Đức" folds to "tran minh duc") and ICU collation for sorting (Dũng &lt; Đức &lt; Giang).
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Collator COLLATOR;

    static {
        Collator collator = Collator.getInstance(new ULocale("vi"));
        collator.setStrength(Collator.TERTIARY);
        COLLATOR = collator.freeze(); // a frozen collator is thread-safe
    }

    private VietnameseText() {}

    /** Unicode NFC with runs of white space collapsed and the ends trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /** Blank (null, empty or white space only) becomes null, anything else is {@link #clean cleaned}. */
    public static String cleanToNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** Lower case without diacritics, đ folded to d, white space collapsed: the form searches compare. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            out.append(switch (c) {
                case 'đ', 'Đ' -> 'd';
                default -> Character.toLowerCase(c);
            });
        }
        return SPACES.matcher(out).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The ICU collation key of a text in Vietnamese order; byte-wise comparison of keys gives collation order. */
    public static byte[] sortKey(String text) {
        return COLLATOR.getCollationKey(text == null ? "" : clean(text)).toByteArray();
    }

    /** Compares two texts in Vietnamese collation order. */
    public static int compare(String a, String b) {
        return COLLATOR.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** A comparator in Vietnamese collation order, for in-memory lists that are small by nature. */
    public static <T> Comparator<T> comparing(java.util.function.Function<T, String> key) {
        return (x, y) -> compare(key.apply(x), key.apply(y));
    }
}

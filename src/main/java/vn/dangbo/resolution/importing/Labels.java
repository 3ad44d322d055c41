package vn.dangbo.resolution.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Words people write in a cell, matched the way a reader would: without regard to case, diacritics or punctuation
 * ("Văn hóa – xã hội", "van hoa xa hoi" and "VĂN HÓA - XÃ HỘI" are the same), and a unique beginning of at least four
 * letters is enough ("Xây dựng Đảng" for "Xây dựng Đảng và hệ thống chính trị").
 */
public final class Labels<T> {

    private static final int MIN_PREFIX = 4;

    private final Map<String, T> exact = new LinkedHashMap<>();

    /** The comparable form of a text: folded, punctuation turned into spaces, spaces collapsed. */
    public static String key(String text) {
        String folded = VietnameseText.fold(text);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            sb.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** Adds the words that mean {@code value} (a label, a synonym, the enum name). */
    public Labels<T> add(T value, String... words) {
        for (String w : words) {
            String k = key(w);
            if (!k.isEmpty()) {
                exact.putIfAbsent(k, value);
            }
        }
        return this;
    }

    /** The value a cell names, if exactly one matches. */
    public Optional<T> match(String text) {
        String k = key(text);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        T found = exact.get(k);
        if (found != null) {
            return Optional.of(found);
        }
        if (k.replace(" ", "").length() < MIN_PREFIX) {
            return Optional.empty();
        }
        List<T> candidates = new ArrayList<>();
        exact.forEach((word, value) -> {
            if (word.startsWith(k + " ") && !candidates.contains(value)) {
                candidates.add(value);
            }
        });
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}

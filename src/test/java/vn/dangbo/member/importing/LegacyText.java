package vn.dangbo.member.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import vn.dangbo.shared.text.LegacyVietnamese;
import vn.dangbo.shared.text.LegacyVietnamese.Encoding;

/**
 * Test helper: writes Unicode Vietnamese as a legacy font would store it (TCVN3 or VNI, as windows-1252 characters),
 * by inverting {@link LegacyVietnamese#toUnicode} over every character and character pair it decodes.
 */
public final class LegacyText {

    private static final Map<Character, String> TCVN3 = new HashMap<>();
    private static final Map<Character, String> VNI = new HashMap<>();

    static {
        for (char c = 0xA0; c <= 0xFF; c++) {
            put(TCVN3, String.valueOf(c), Encoding.TCVN3);
            put(VNI, String.valueOf(c), Encoding.VNI);
        }
        for (char base : "aeouyAEOUY\u00F4\u00F6\u00D4\u00D6".toCharArray()) {
            for (char mark = 0xC0; mark <= 0xFF; mark++) {
                put(VNI, "" + base + mark, Encoding.VNI);
            }
        }
    }

    private static void put(Map<Character, String> map, String legacy, Encoding encoding) {
        String u = LegacyVietnamese.toUnicode(legacy, encoding);
        if (u.length() == 1 && !u.equals(legacy)) {
            map.merge(u.charAt(0), legacy, (a, b) -> a.length() <= b.length() ? a : b);
        }
    }

    private LegacyText() {}

    public static String tcvn3(String unicode) {
        return encode(unicode, TCVN3);
    }

    public static String vni(String unicode) {
        return encode(unicode, VNI);
    }

    private static String encode(String unicode, Map<Character, String> map) {
        StringBuilder sb = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            String legacy = map.get(c);
            if (legacy == null && c > 0xFF) {
                throw new IllegalArgumentException("no legacy form for " + c);
            }
            sb.append(legacy != null ? legacy : String.valueOf(c));
        }
        return sb.toString();
    }
}

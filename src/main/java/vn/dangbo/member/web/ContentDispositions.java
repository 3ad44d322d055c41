package vn.dangbo.member.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Content-Disposition for downloads: a plain ASCII {@code filename} for old clients and the exact name as
 * {@code filename*} in UTF-8 (RFC 6266 with the RFC 5987 encoding), so that a Vietnamese name survives.
 */
final class ContentDispositions {

    private ContentDispositions() {}

    static String attachment(String fileName) {
        String nfc = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        String ascii = Normalizer.normalize(nfc.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(nfc);
    }

    /** RFC 5987 value characters: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else percent-encoded from UTF-8. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}

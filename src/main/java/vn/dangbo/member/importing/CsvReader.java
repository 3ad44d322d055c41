package vn.dangbo.member.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.dangbo.shared.text.LegacyVietnamese;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dangbo.shared.spreadsheet.SheetData;

/**
 * Reads a CSV member list. The bytes are UTF-8 (with or without a byte-order mark) only if they decode strictly as
 * UTF-8; anything else is windows-1258 (what Excel on a Vietnamese Windows saves "CSV" in) or windows-1252
 * (which carries TCVN3 or VNI text byte for byte, converted afterwards column by column), whichever reads as
 * Vietnamese. UTF-16 with a byte-order mark
 * (Excel's "Unicode text") is read too. The delimiter is the one of comma, semicolon (Excel with Vietnamese
 * regional settings) and tab that splits the first lines most consistently.
 */
public final class CsvReader {

    public static final String UTF8 = "UTF-8";
    public static final String UTF8_BOM = "UTF-8 (BOM)";
    public static final String UTF16 = "UTF-16";
    public static final String WINDOWS_1252 = "windows-1252";
    public static final String WINDOWS_1258 = "windows-1258";

    private static final char[] DELIMITERS = {',', ';', '\t'};
    /** windows-1252 character of every byte; the five bytes it leaves undefined keep their ISO-8859-1 character. */
    private static final char[] CP1252 = new char[256];

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            CP1252[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
    }

    private CsvReader() {}

    /** Text and the name of the encoding it was decoded with. */
    public record Decoded(String text, String encoding) {}

    public static SheetData read(byte[] bytes) {
        Decoded decoded = decode(bytes);
        char delimiter = delimiter(decoded.text());
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<SheetData.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(decoded.text())).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (rows.size() > ImportLimits.MAX_ROWS + ImportLimits.HEADER_SEARCH_ROWS) {
                    throw FileProblem.tooManyRows();
                }
                List<String> cells = new ArrayList<>(record.size());
                for (int i = 0; i < record.size() && i < ImportLimits.MAX_COLUMNS; i++) {
                    cells.add(record.get(i));
                }
                SheetData.Row row = SheetData.row((int) record.getRecordNumber(), cells);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw FileProblem.of("CSV_MALFORMED", "member.import.error.csvMalformed");
        }
        if (rows.isEmpty()) {
            throw FileProblem.empty();
        }
        return new SheetData(null, decoded.encoding(), rows);
    }

    /**
     * Decodes the bytes: UTF-16 or UTF-8 by byte-order mark, UTF-16 without one (every other byte zero), strict
     * UTF-8, else windows-1258 or windows-1252.
     */
    public static Decoded decode(byte[] bytes) {
        java.nio.charset.Charset unmarked = utf16WithoutMark(bytes);
        if (unmarked != null) {
            return new Decoded(new String(bytes, unmarked), UTF16);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), UTF16);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), UTF16);
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, bom ? UTF8_BOM : UTF8);
        } catch (CharacterCodingException e) {
            StringBuilder sb = new StringBuilder(bytes.length - offset);
            for (int i = offset; i < bytes.length; i++) {
                sb.append(CP1252[bytes[i] & 0xFF]);
            }
            String cp1252 = sb.toString();
            // Excel on a Vietnamese Windows saves "CSV" in windows-1258 (base letters precomposed, tone marks
            // combining); a windows-1252 reading holds TCVN3 or VNI text. Whichever reads as Vietnamese wins.
            String cp1258 = java.text.Normalizer.normalize(
                    new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1258")),
                    java.text.Normalizer.Form.NFC);
            if (LegacyVietnamese.syllableShare(cp1258) > LegacyVietnamese.syllableShare(LegacyVietnamese.normalize(cp1252))) {
                return new Decoded(cp1258, WINDOWS_1258);
            }
            return new Decoded(cp1252, WINDOWS_1252);
        }
    }

    /**
     * UTF-16 saved without a byte-order mark: in the first 4 kB, most letters of a CSV (the delimiters, digits and
     * the Latin letters) have a zero high byte, so zeros fill one of the two byte positions and almost none of the
     * other. Text in the other encodings has no zero bytes at all.
     */
    static java.nio.charset.Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs; i++) {
            zeroEven += bytes[2 * i] == 0 ? 1 : 0;
            zeroOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The delimiter whose count per line (outside quotes) is the same on the most of the first lines; ties go to
     * the larger count, then to comma.
     */
    public static char delimiter(String text) {
        String[] lines = text.split("\r\n|\r|\n", 41);
        char best = ',';
        long bestScore = -1;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (int i = 0; i < Math.min(lines.length, 40); i++) {
                int count = countOutsideQuotes(lines[i], d);
                if (count > 0) {
                    frequency.merge(count, 1, Integer::sum);
                }
            }
            long score = frequency.entrySet().stream()
                    .mapToLong(e -> (long) e.getValue() * 1000 + e.getKey())
                    .max().orElse(-1);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                count++;
            }
        }
        return count;
    }
}

package vn.dangbo.shared.text;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Detects and converts text typed in legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI-Windows) to Unicode NFC.
 *
 * <p>Legacy text reaches us as the windows-1252 characters of its bytes: an .xlsx cell typed with a legacy font, or a
 * CSV decoded as windows-1252. Input decoded as ISO-8859-1 instead (C1 controls U+0080..U+009F) is first mapped to the
 * windows-1252 characters of the same bytes.
 *
 * <ul>
 *   <li><b>TCVN3 (ABC, fonts ".VnTime", ".VnArial")</b>: one byte per precomposed letter. The 67 lowercase letters
 *       (all vowels with all tones, and d with stroke) and the uppercase letters A-breve, A-circumflex, E-circumflex,
 *       O-circumflex, O-horn, U-horn and D-stroke have their own bytes. Uppercase <em>toned</em> letters exist only in
 *       the "H" fonts (".VnTimeH"), which draw uppercase glyphs at the lowercase positions; the font is not known
 *       here, so those bytes are always converted to the lowercase letters they encode (".VnTimeH" text therefore
 *       comes out with lowercase toned letters). The positions that TCVN 5712 VN1 uses for further uppercase letters
 *       are not part of ABC and are left unchanged.</li>
 *   <li><b>VNI-Windows (fonts "VNI-Times", ...)</b>: a base Latin letter followed by one character carrying the tone,
 *       the circumflex or the breve (with or without tone); i/I with tones, y/Y with dot below, d/D with stroke and the
 *       horned base letters o-horn/u-horn are single characters. Uppercase letters use the uppercase mark characters;
 *       a mark whose case differs from its base letter is accepted too, the case of the base letter wins.</li>
 * </ul>
 *
 * <p>Tables cross-checked against three independent public references: GNU libiconv's TCVN-5712 converter table
 * (lib/tcvn.h), the xvnkb keyboard's VNI and TCVN tables (Dao Hai Lam, vni.h / tcvn.h), and the VBKey code tables
 * (mdlCodeTable.bas, TCVN3 and VNI-Windows); the worked examples "Cong hoa xa hoi chu nghia Viet Nam" and
 * "Doc lap - Tu do - Hanh phuc" in both encodings, as published by several converters, were checked as well.
 *
 * <p>Detection converts the text under each candidate encoding and counts the words that become valid Vietnamese
 * syllables (onset + rhyme + tone rules) against the words that become garbage. A legacy encoding is chosen only when
 * it clearly beats reading the text as it is; text containing any letter or combining mark that only Unicode can hold
 * (for example U+1EA0..U+1EF9, d with stroke, combining tone marks), and text without any character in
 * U+0080..U+00FF, is always {@link Encoding#UNICODE}. A short cell can be truly ambiguous (VNI "Tho\u00F2" is also
 * the Unicode word "Tho\u00F2"); such cells stay UNICODE, so detect a whole column with
 * {@link #detect(Collection)} and convert every cell of it with {@link #toUnicode(String, Encoding)}.
 *
 * <p>All methods are static, thread-safe and allocation-light; all tables are built once in the static initialiser.
 */
public final class LegacyVietnamese {

    /** Encodings this class tells apart. */
    public enum Encoding { UNICODE, TCVN3, VNI }

    private LegacyVietnamese() {
    }

    // ------------------------------------------------------------------------------------------------------------
    // Letter model: 12 vowels x 6 tones, plus d with stroke.
    // ------------------------------------------------------------------------------------------------------------

    /** The 12 Vietnamese vowel letters (lowercase, no tone): a, a-breve, a-circumflex, e, e-circumflex, i, o,
     *  o-circumflex, o-horn, u, u-horn, y. The row order of every table below. */
    private static final char[] VOWELS = {
        'a', '\u0103', '\u00E2', 'e', '\u00EA', 'i', 'o', '\u00F4', '\u01A1', 'u', '\u01B0', 'y'};
    private static final int A = 0, A_BREVE = 1, A_CIRC = 2, E = 3, E_CIRC = 4, I = 5, O = 6, O_CIRC = 7, O_HORN = 8,
            U = 9, U_HORN = 10, Y = 11;

    /** Combining marks of the tones in column order: none, acute (sac), grave (huyen), hook above (hoi),
     *  tilde (nga), dot below (nang). */
    private static final char[] TONE_MARKS = {0, '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'};
    private static final int TONE_NONE = 0, TONE_ACUTE = 1, TONE_DOT = 5;

    private static final char D_STROKE = '\u0111';
    private static final char D_STROKE_UPPER = '\u0110';

    /** LOWER[vowel][tone]: the precomposed lowercase letter (built with NFC from base + combining tone mark). */
    private static final char[][] LOWER = new char[VOWELS.length][TONE_MARKS.length];
    /** UPPER[vowel][tone]: the precomposed uppercase letter. */
    private static final char[][] UPPER = new char[VOWELS.length][TONE_MARKS.length];

    // ------------------------------------------------------------------------------------------------------------
    // TCVN3 (ABC): byte of each lowercase letter, rows as VOWELS, columns as TONE_MARKS.
    // A value below 0x80 is the ASCII letter itself.
    // ------------------------------------------------------------------------------------------------------------

    private static final int[][] TCVN3_LOWER = {
        {'a', 0xB8, 0xB5, 0xB6, 0xB7, 0xB9},  // a
        {0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6}, // a-breve
        {0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB}, // a-circumflex
        {'e', 0xD0, 0xCC, 0xCE, 0xCF, 0xD1},  // e
        {0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6}, // e-circumflex
        {'i', 0xDD, 0xD7, 0xD8, 0xDC, 0xDE},  // i
        {'o', 0xE3, 0xDF, 0xE1, 0xE2, 0xE4},  // o
        {0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9}, // o-circumflex
        {0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE}, // o-horn
        {'u', 0xF3, 0xEF, 0xF1, 0xF2, 0xF4},  // u
        {0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9}, // u-horn (0xAD is the soft hyphen in windows-1252)
        {'y', 0xFD, 0xFA, 0xFB, 0xFC, 0xFE},  // y
    };
    private static final int TCVN3_D_STROKE = 0xAE;
    /** Uppercase letters without tone that ABC encodes: vowel row -> byte. */
    private static final int[][] TCVN3_UPPER_PLAIN = {
        {A_BREVE, 0xA1}, {A_CIRC, 0xA2}, {E_CIRC, 0xA3}, {O_CIRC, 0xA4}, {O_HORN, 0xA5}, {U_HORN, 0xA6}};
    private static final int TCVN3_D_STROKE_UPPER = 0xA7;

    /** windows-1252 character (as char) -> Unicode letter, 0 = keep the character. */
    private static final char[] TCVN3_DECODE = new char[256];

    // ------------------------------------------------------------------------------------------------------------
    // VNI-Windows: lowercase mark characters; the uppercase ones are the Latin-1 uppercase of these (code - 0x20).
    // ------------------------------------------------------------------------------------------------------------

    /** Tone marks after a, e, o, u, y, o-horn, u-horn: none, acute, grave, hook, tilde, dot. */
    private static final char[] VNI_TONE = {0, '\u00F9', '\u00F8', '\u00FB', '\u00F5', '\u00EF'};
    /** Circumflex with tone after a, e, o. */
    private static final char[] VNI_CIRCUMFLEX = {'\u00E2', '\u00E1', '\u00E0', '\u00E5', '\u00E3', '\u00E4'};
    /** Breve with tone after a. */
    private static final char[] VNI_BREVE = {'\u00EA', '\u00E9', '\u00E8', '\u00FA', '\u00FC', '\u00EB'};
    /** Single characters for i with tones (index 0 = plain i). */
    private static final char[] VNI_I = {'i', '\u00ED', '\u00EC', '\u00E6', '\u00F3', '\u00F2'};
    private static final char VNI_Y_DOT = '\u00EE';
    private static final char VNI_O_HORN = '\u00F4';
    private static final char VNI_U_HORN = '\u00F6';
    private static final char VNI_D_STROKE = '\u00F1';

    /** Standalone VNI character -> Unicode letter (i-tones, y-dot, d-stroke, o-horn, u-horn), 0 = none. */
    private static final char[] VNI_SINGLE = new char[256];
    /** VNI base character -> slot in VNI_PAIR (0 = not a base). */
    private static final byte[] VNI_BASE_SLOT = new byte[256];
    /** VNI_PAIR[slot][mark]: letter for base + mark, 0 = not a valid pair. */
    private static final char[][] VNI_PAIR = new char[16][256];
    /** Number of VNI base slots in use (initialisation only). */
    private static int vniSlotCount;

    // ------------------------------------------------------------------------------------------------------------
    // windows-1252 characters of the bytes 0x80..0x9F (0 = byte undefined in windows-1252).
    // ------------------------------------------------------------------------------------------------------------

    private static final char[] CP1252_C1 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    // ------------------------------------------------------------------------------------------------------------
    // Syllable validator tables.
    // ------------------------------------------------------------------------------------------------------------

    /** Letters are analysed below this code point (covers Latin-1, Latin Extended-A/B and U+1EA0..U+1EF9). */
    private static final int LETTER_TABLE_SIZE = 0x1F00;
    /** Letter -> lowercase letter without tone (0 = not a letter of the Vietnamese alphabet or of ASCII). */
    private static final char[] BASE_OF = new char[LETTER_TABLE_SIZE];
    /** Letter -> tone index (see TONE_MARKS). */
    private static final byte[] TONE_OF = new byte[LETTER_TABLE_SIZE];

    /**
     * Onsets in VIQR-like notation (a( = a-breve, a^ = a-circumflex, e^ = e-circumflex, o^ = o-circumflex,
     * o+ = o-horn, u+ = u-horn, dd = d-stroke); longer first, empty onset last.
     */
    private static final String ONSETS_VIQR =
            "ngh ng nh ch gh gi kh ph qu th tr b c d dd g h k l m n p r s t v x";
    /** Rhymes (medial + nucleus + coda) in the same notation. */
    private static final String RHYMES_VIQR = String.join(" ",
            "a ac ach ai am an ang anh ao ap at au ay",
            "a(c a(m a(n a(ng a(p a(t",
            "a^c a^m a^n a^ng a^p a^t a^u a^y",
            "e ec em en eng eo ep et",
            "e^ e^ch e^m e^n e^nh e^p e^t e^u",
            "i ia ich im in inh ip it iu",
            "ie^c ie^m ie^n ie^ng ie^p ie^t ie^u",
            "y ye^m ye^n ye^ng ye^t ye^u",
            "o oc oi om on ong op ot oong ooc",
            "o^ o^c o^i o^m o^n o^ng o^p o^t",
            "o+ o+i o+m o+n o+p o+t",
            "u ua uc ui um un ung up ut",
            "uo^c uo^i uo^m uo^n uo^ng uo^t",
            "u+ u+a u+c u+i u+m u+n u+ng u+t u+u",
            "u+o+c u+o+i u+o+m u+o+n u+o+ng u+o+p u+o+t u+o+u",
            "oa oac oach oai oam oan oang oanh oao oap oat oay",
            "oa(c oa(m oa(n oa(ng oa(t",
            "oe oen oeo oet",
            "ua^n ua^ng ua^t ua^y",
            "ue^ ue^ch ue^nh ue^t",
            "uy uya uych uynh uyp uyt uyu uye^n uye^t",
            "uo+");
    /** Extra rhymes written after the onset "qu" (whose u is the medial): quynh, quyt, quych. */
    private static final String QU_EXTRA_RHYMES_VIQR = "ynh yt ych yp";

    private static final String[] ONSETS;
    private static final Set<String> RHYMES = new HashSet<>();
    private static final Set<String> QU_RHYMES = new HashSet<>();

    /** Replacement used while scoring for a Latin-1 letter that a legacy decoder could not explain. */
    private static final char UNEXPLAINED = '\uFFFD';

    static {
        buildLetters();
        buildTcvn3();
        buildVni();
        buildLetterAnalysis();
        String[] onsets = ONSETS_VIQR.split(" ");
        ONSETS = new String[onsets.length + 1];
        for (int i = 0; i < onsets.length; i++) {
            ONSETS[i] = fromViqr(onsets[i]);
        }
        ONSETS[onsets.length] = "";
        for (String rhyme : RHYMES_VIQR.split(" ")) {
            String r = fromViqr(rhyme);
            RHYMES.add(r);
            // After "qu" the u is already written (quoang, quoat do occur; quu does not).
            if (r.charAt(0) != 'u') {
                QU_RHYMES.add(r);
            }
        }
        for (String rhyme : QU_EXTRA_RHYMES_VIQR.split(" ")) {
            QU_RHYMES.add(fromViqr(rhyme));
        }
    }

    private static void buildLetters() {
        for (int v = 0; v < VOWELS.length; v++) {
            for (int t = 0; t < TONE_MARKS.length; t++) {
                String composed = t == TONE_NONE
                        ? String.valueOf(VOWELS[v])
                        : Normalizer.normalize(VOWELS[v] + String.valueOf(TONE_MARKS[t]), Normalizer.Form.NFC);
                if (composed.length() != 1) {
                    throw new IllegalStateException("No precomposed letter for vowel " + v + " tone " + t);
                }
                LOWER[v][t] = composed.charAt(0);
                UPPER[v][t] = Character.toUpperCase(composed.charAt(0));
            }
        }
    }

    private static void buildTcvn3() {
        for (int v = 0; v < VOWELS.length; v++) {
            for (int t = 0; t < TONE_MARKS.length; t++) {
                int code = TCVN3_LOWER[v][t];
                if (code >= 0x80) {
                    putOnce(TCVN3_DECODE, code, LOWER[v][t]);
                }
            }
        }
        putOnce(TCVN3_DECODE, TCVN3_D_STROKE, D_STROKE);
        for (int[] entry : TCVN3_UPPER_PLAIN) {
            putOnce(TCVN3_DECODE, entry[1], UPPER[entry[0]][TONE_NONE]);
        }
        putOnce(TCVN3_DECODE, TCVN3_D_STROKE_UPPER, D_STROKE_UPPER);
    }

    private static void buildVni() {
        for (int v = 0; v < VOWELS.length; v++) {
            for (int t = 0; t < TONE_MARKS.length; t++) {
                String lower = vniLowerForm(v, t);
                registerVni(lower, LOWER[v][t]);
                registerVni(lower.toUpperCase(Locale.ROOT), UPPER[v][t]);
            }
        }
        registerVni(String.valueOf(VNI_D_STROKE), D_STROKE);
        registerVni(String.valueOf(Character.toUpperCase(VNI_D_STROKE)), D_STROKE_UPPER);
    }

    /** The canonical VNI form of a lowercase letter. */
    private static String vniLowerForm(int vowel, int tone) {
        switch (vowel) {
            case A:
                return withMark('a', VNI_TONE[tone]);
            case A_BREVE:
                return withMark('a', VNI_BREVE[tone]);
            case A_CIRC:
                return withMark('a', VNI_CIRCUMFLEX[tone]);
            case E:
                return withMark('e', VNI_TONE[tone]);
            case E_CIRC:
                return withMark('e', VNI_CIRCUMFLEX[tone]);
            case I:
                return String.valueOf(VNI_I[tone]);
            case O:
                return withMark('o', VNI_TONE[tone]);
            case O_CIRC:
                return withMark('o', VNI_CIRCUMFLEX[tone]);
            case O_HORN:
                return withMark(VNI_O_HORN, VNI_TONE[tone]);
            case U:
                return withMark('u', VNI_TONE[tone]);
            case U_HORN:
                return withMark(VNI_U_HORN, VNI_TONE[tone]);
            case Y:
                return tone == TONE_DOT ? String.valueOf(VNI_Y_DOT) : withMark('y', VNI_TONE[tone]);
            default:
                throw new IllegalArgumentException("vowel " + vowel);
        }
    }

    private static String withMark(char base, char mark) {
        return mark == 0 ? String.valueOf(base) : base + String.valueOf(mark);
    }

    private static void registerVni(String form, char letter) {
        if (form.length() == 1) {
            char c = form.charAt(0);
            if (c >= 0x80) {
                putOnce(VNI_SINGLE, c, letter);
            }
            return;
        }
        char base = form.charAt(0);
        char mark = form.charAt(1);
        int slot = VNI_BASE_SLOT[base];
        if (slot == 0) {
            slot = ++vniSlotCount;
            VNI_BASE_SLOT[base] = (byte) slot;
        }
        putOnce(VNI_PAIR[slot], mark, letter);
        // Lenient: accept the mark in the other case as well; the case of the base letter decides.
        char otherCaseMark = Character.isUpperCase(mark) ? Character.toLowerCase(mark) : Character.toUpperCase(mark);
        if (VNI_PAIR[slot][otherCaseMark] == 0) {
            VNI_PAIR[slot][otherCaseMark] = letter;
        }
    }

    private static void putOnce(char[] table, int index, char value) {
        if (table[index] != 0 && table[index] != value) {
            throw new IllegalStateException("Conflicting table entry at 0x" + Integer.toHexString(index));
        }
        table[index] = value;
    }

    private static void buildLetterAnalysis() {
        for (char c = 'a'; c <= 'z'; c++) {
            BASE_OF[c] = c;
            BASE_OF[Character.toUpperCase(c)] = c;
        }
        for (int v = 0; v < VOWELS.length; v++) {
            for (int t = 0; t < TONE_MARKS.length; t++) {
                BASE_OF[LOWER[v][t]] = VOWELS[v];
                BASE_OF[UPPER[v][t]] = VOWELS[v];
                TONE_OF[LOWER[v][t]] = (byte) t;
                TONE_OF[UPPER[v][t]] = (byte) t;
            }
        }
        BASE_OF[D_STROKE] = D_STROKE;
        BASE_OF[D_STROKE_UPPER] = D_STROKE;
    }

    /** Turns the VIQR-like table notation into real letters. */
    private static String fromViqr(String s) {
        return s.replace("dd", String.valueOf(D_STROKE))
                .replace("a(", String.valueOf(VOWELS[A_BREVE]))
                .replace("a^", String.valueOf(VOWELS[A_CIRC]))
                .replace("e^", String.valueOf(VOWELS[E_CIRC]))
                .replace("o^", String.valueOf(VOWELS[O_CIRC]))
                .replace("o+", String.valueOf(VOWELS[O_HORN]))
                .replace("u+", String.valueOf(VOWELS[U_HORN]));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Public API
    // ------------------------------------------------------------------------------------------------------------

    /**
     * Best guess of the encoding of a piece of text (a cell, a line). Plain ASCII and proper Unicode Vietnamese give
     * UNICODE.
     */
    public static Encoding detect(String text) {
        if (text == null) {
            return Encoding.UNICODE;
        }
        switch (quickClass(text)) {
            case QUICK_UNICODE:
            case QUICK_NO_EVIDENCE:
                return Encoding.UNICODE;
            default:
                return decide(evaluate(text));
        }
    }

    /**
     * Converts from the given encoding to Unicode NFC (UNICODE: only NFC-normalises). Null-safe (null -> null).
     */
    public static String toUnicode(String text, Encoding encoding) {
        if (text == null) {
            return null;
        }
        Objects.requireNonNull(encoding, "encoding");
        switch (encoding) {
            case TCVN3:
                return nfc(decodeTcvn3(text, false));
            case VNI:
                return nfc(decodeVni(text, false));
            case UNICODE:
            default:
                return nfc(text);
        }
    }

    /** detect + toUnicode. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return toUnicode(text, detect(text));
    }

    /**
     * Detects the encoding of a whole column or file from many samples (majority/score over all non-blank samples),
     * more reliable than one cell.
     *
     * <p>Every non-blank sample votes: for a legacy encoding when the single-text rule picks it, for UNICODE when it
     * holds Unicode-only letters or reads better as it is. The legacy encoding with most votes wins if it has more
     * votes than UNICODE. When no sample is decisive on its own, the word scores of all samples are added up and the
     * single-text rule is applied to the sums.
     */
    public static Encoding detect(Collection<String> samples) {
        if (samples == null || samples.isEmpty()) {
            return Encoding.UNICODE;
        }
        int votesUnicode = 0;
        int votesTcvn3 = 0;
        int votesVni = 0;
        Evidence total = new Evidence();
        for (String sample : samples) {
            if (sample == null || sample.isBlank()) {
                continue;
            }
            int quick = quickClass(sample);
            if (quick == QUICK_UNICODE) {
                votesUnicode++;
                continue;
            }
            if (quick == QUICK_NO_EVIDENCE) {
                continue;
            }
            Evidence e = evaluate(sample);
            total.add(e);
            Encoding verdict = decide(e);
            if (verdict == Encoding.TCVN3) {
                votesTcvn3++;
            } else if (verdict == Encoding.VNI) {
                votesVni++;
            } else if (e.prefersUnicode()) {
                votesUnicode++;
            }
        }
        if (votesTcvn3 == 0 && votesVni == 0) {
            return votesUnicode == 0 ? decide(total) : Encoding.UNICODE;
        }
        Encoding legacy;
        int legacyVotes;
        if (votesTcvn3 > votesVni) {
            legacy = Encoding.TCVN3;
            legacyVotes = votesTcvn3;
        } else if (votesVni > votesTcvn3) {
            legacy = Encoding.VNI;
            legacyVotes = votesVni;
        } else {
            legacy = decide(total);
            legacyVotes = votesTcvn3;
            if (legacy == Encoding.UNICODE) {
                return Encoding.UNICODE;
            }
        }
        return legacyVotes > votesUnicode ? legacy : Encoding.UNICODE;
    }

    /**
     * The share of the words of a text (runs of letters) that are Vietnamese syllables: near 1 for Vietnamese in
     * any proper Unicode form, low for text decoded with the wrong code page. 0 for a text without words.
     */
    public static double syllableShare(String text) {
        if (text == null) {
            return 0;
        }
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        int words = 0;
        int syllables = 0;
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < t.length() && Character.isLetter(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (isSyllable(t, start, i)) {
                    syllables++;
                }
            }
        }
        return words == 0 ? 0 : (double) syllables / words;
    }

    /**
     * Encodes Unicode text into a legacy encoding (inverse of the tables; used by the tests to build legacy forms).
     * TCVN3 has no uppercase toned letters: they are written as the lowercase letter's byte, as ABC text typed for a
     * ".VnTimeH" font would be. Characters that the encoding cannot hold are kept unchanged.
     */
    static String fromUnicode(String text, Encoding encoding) {
        Objects.requireNonNull(encoding, "encoding");
        if (text == null || encoding == Encoding.UNICODE) {
            return text;
        }
        String s = nfc(text);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(encodeLetter(c, encoding));
        }
        return out.toString();
    }

    private static String encodeLetter(char c, Encoding encoding) {
        if (c == D_STROKE || c == D_STROKE_UPPER) {
            boolean upper = c == D_STROKE_UPPER;
            if (encoding == Encoding.TCVN3) {
                return String.valueOf((char) (upper ? TCVN3_D_STROKE_UPPER : TCVN3_D_STROKE));
            }
            return String.valueOf(upper ? Character.toUpperCase(VNI_D_STROKE) : VNI_D_STROKE);
        }
        for (int v = 0; v < VOWELS.length; v++) {
            for (int t = 0; t < TONE_MARKS.length; t++) {
                boolean lower = LOWER[v][t] == c;
                boolean upper = UPPER[v][t] == c;
                if (!lower && !upper) {
                    continue;
                }
                if (encoding == Encoding.VNI) {
                    String form = vniLowerForm(v, t);
                    return upper ? form.toUpperCase(Locale.ROOT) : form;
                }
                if (upper && t == TONE_NONE) {
                    if (v == A || v == E || v == I || v == O || v == U || v == Y) {
                        return String.valueOf(c);
                    }
                    for (int[] entry : TCVN3_UPPER_PLAIN) {
                        if (entry[0] == v) {
                            return String.valueOf((char) entry[1]);
                        }
                    }
                }
                return String.valueOf((char) TCVN3_LOWER[v][t]);
            }
        }
        return String.valueOf(c);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Decoders
    // ------------------------------------------------------------------------------------------------------------

    /** Maps a C1 control (text decoded as ISO-8859-1) to the windows-1252 character of the same byte. */
    private static char fixC1(char c) {
        if (c >= 0x80 && c <= 0x9F) {
            char mapped = CP1252_C1[c - 0x80];
            return mapped == 0 ? c : mapped;
        }
        return c;
    }

    /**
     * TCVN3 decoder. With {@code scoring}, Latin-1 letters that ABC does not use are replaced by
     * {@link #UNEXPLAINED} so that they count against this reading.
     */
    private static String decodeTcvn3(String text, boolean scoring) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = fixC1(text.charAt(i));
            if (c >= 0x80 && c <= 0xFF) {
                char mapped = TCVN3_DECODE[c];
                if (mapped != 0) {
                    c = mapped;
                } else if (scoring && Character.isLetter(c)) {
                    c = UNEXPLAINED;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * VNI decoder. With {@code scoring}, Latin-1 letters that are neither a standalone VNI letter nor a mark after a
     * base letter are replaced by {@link #UNEXPLAINED}.
     */
    private static String decodeVni(String text, boolean scoring) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = fixC1(text.charAt(i));
            if (c <= 0xFF) {
                int slot = VNI_BASE_SLOT[c];
                if (slot != 0 && i + 1 < n) {
                    char mark = fixC1(text.charAt(i + 1));
                    if (mark <= 0xFF && VNI_PAIR[slot][mark] != 0) {
                        out.append(VNI_PAIR[slot][mark]);
                        i += 2;
                        continue;
                    }
                }
                if (c >= 0x80) {
                    char single = VNI_SINGLE[c];
                    if (single != 0) {
                        c = single;
                    } else if (scoring && Character.isLetter(c)) {
                        c = UNEXPLAINED;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Detection
    // ------------------------------------------------------------------------------------------------------------

    private static final int QUICK_UNICODE = 0;
    private static final int QUICK_NO_EVIDENCE = 1;
    private static final int QUICK_NEEDS_SCORING = 2;

    /**
     * QUICK_UNICODE if the text holds a character that no legacy text can hold (a Vietnamese letter outside Latin-1 or
     * a combining mark); QUICK_NO_EVIDENCE if it has no character in U+0080..U+00FF (nothing a legacy decoder would
     * change); QUICK_NEEDS_SCORING otherwise.
     */
    private static int quickClass(String text) {
        boolean high = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c <= 0xFF) {
                high = true;
            } else if (isUnicodeOnly(c)) {
                return QUICK_UNICODE;
            }
        }
        return high ? QUICK_NEEDS_SCORING : QUICK_NO_EVIDENCE;
    }

    private static boolean isUnicodeOnly(char c) {
        if (c >= 0x0300 && c <= 0x036F) {
            return true; // combining diacritical marks (decomposed text)
        }
        if (c >= 0x1EA0 && c <= 0x1EF9) {
            return true; // Latin Extended Additional: Vietnamese toned letters
        }
        switch (c) {
            case '\u0102': case '\u0103': case '\u0110': case '\u0111': case '\u0128': case '\u0129':
            case '\u0168': case '\u0169': case '\u01A0': case '\u01A1': case '\u01AF': case '\u01B0':
                return true;
            default:
                return false;
        }
    }

    /** Word counts of the three readings of a text. */
    private static final class Evidence {
        int goodUnicode;
        int badUnicode;
        int goodTcvn3;
        int badTcvn3;
        int goodVni;
        int badVni;

        void add(Evidence o) {
            goodUnicode += o.goodUnicode;
            badUnicode += o.badUnicode;
            goodTcvn3 += o.goodTcvn3;
            badTcvn3 += o.badTcvn3;
            goodVni += o.goodVni;
            badVni += o.badVni;
        }

        int scoreUnicode() {
            return goodUnicode - badUnicode;
        }

        int scoreTcvn3() {
            return goodTcvn3 - badTcvn3;
        }

        int scoreVni() {
            return goodVni - badVni;
        }

        boolean unicodeIsClean() {
            return badUnicode == 0 && goodUnicode > 0;
        }

        boolean prefersUnicode() {
            return unicodeIsClean() || scoreUnicode() > Math.max(scoreTcvn3(), scoreVni());
        }
    }

    private static Evidence evaluate(String text) {
        Evidence e = new Evidence();
        long u = countWords(text);
        e.goodUnicode = (int) (u >>> 32);
        e.badUnicode = (int) u;
        long t = countWords(decodeTcvn3(text, true));
        e.goodTcvn3 = (int) (t >>> 32);
        e.badTcvn3 = (int) t;
        long v = countWords(decodeVni(text, true));
        e.goodVni = (int) (v >>> 32);
        e.badVni = (int) v;
        return e;
    }

    /**
     * The single-text rule: a legacy reading wins only if the text as it is does not already read as clean
     * Vietnamese, the legacy reading scores strictly higher, and most of its non-ASCII words are valid syllables.
     */
    private static Encoding decide(Evidence e) {
        if (e.unicodeIsClean()) {
            return Encoding.UNICODE;
        }
        int sT = e.scoreTcvn3();
        int sV = e.scoreVni();
        Encoding candidate;
        int score;
        int good;
        int bad;
        if (sT > sV || (sT == sV && e.goodTcvn3 > e.goodVni)) {
            candidate = Encoding.TCVN3;
            score = sT;
            good = e.goodTcvn3;
            bad = e.badTcvn3;
        } else if (sV > sT || e.goodVni > e.goodTcvn3) {
            candidate = Encoding.VNI;
            score = sV;
            good = e.goodVni;
            bad = e.badVni;
        } else {
            return Encoding.UNICODE; // both legacy readings equally plausible: leave the text alone
        }
        if (score > e.scoreUnicode() && good > 0 && good > bad) {
            return candidate;
        }
        return Encoding.UNICODE;
    }

    /**
     * Counts words containing non-ASCII characters: high 32 bits = valid Vietnamese syllables of two or more letters,
     * low 32 bits = invalid words (not a syllable, a symbol glued to letters, or a letter the reading could not
     * explain). Pure-ASCII words, one-letter words and lone symbols are neutral.
     */
    private static long countWords(String s) {
        int good = 0;
        int bad = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isDelimiter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isDelimiter(s.charAt(i))) {
                i++;
            }
            int end = i;
            if (start >= end) {
                continue;
            }
            boolean nonAscii = false;
            boolean anyLetter = false;
            boolean allLetters = true;
            boolean unexplained = false;
            for (int k = start; k < end; k++) {
                char c = s.charAt(k);
                if (c >= 0x80) {
                    nonAscii = true;
                }
                if (c == UNEXPLAINED) {
                    unexplained = true;
                }
                if (Character.isLetter(c)) {
                    anyLetter = true;
                } else {
                    allLetters = false;
                }
            }
            if (unexplained) {
                bad++; // a Latin-1 letter this reading cannot account for
            } else if (!nonAscii || !anyLetter) {
                continue; // plain ASCII word, or a lone symbol such as a section sign
            } else if (!allLetters) {
                bad++; // symbol glued to letters
            } else if (isSyllable(s, start, end)) {
                if (end - start >= 2) {
                    good++;
                }
            } else {
                bad++;
            }
        }
        return ((long) good << 32) | (bad & 0xFFFFFFFFL);
    }

    /** Word separators: ASCII non-letters, whitespace, controls and general punctuation (U+2000..U+206F). */
    private static boolean isDelimiter(char c) {
        if (c < 0x80) {
            return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        }
        if (c <= 0x9F || c == 0xA0) {
            return true; // C1 controls, no-break space
        }
        if (c >= 0x2000 && c <= 0x206F) {
            return true;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * True if {@code s[from, to)} is one valid Vietnamese syllable: an optional onset, a rhyme from the rhyme list,
     * at most one tone, placed on a vowel where Vietnamese spelling puts it (old and new styles both accepted), and
     * only the acute or dot-below tone on rhymes ending in c, ch, p or t. Case-insensitive.
     */
    static boolean isSyllable(CharSequence s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 8) {
            return false;
        }
        char[] plain = new char[len];
        int tone = TONE_NONE;
        int tonePos = -1;
        for (int k = 0; k < len; k++) {
            char c = s.charAt(from + k);
            if (c >= LETTER_TABLE_SIZE) {
                return false;
            }
            char base = BASE_OF[c];
            if (base == 0) {
                return false;
            }
            int t = TONE_OF[c];
            if (t != TONE_NONE) {
                if (tone != TONE_NONE) {
                    return false;
                }
                tone = t;
                tonePos = k;
            }
            plain[k] = base;
        }
        String word = new String(plain);
        for (String onset : ONSETS) {
            if (word.startsWith(onset)) {
                String rhyme = word.substring(onset.length());
                Set<String> rhymes = onset.equals("qu") ? QU_RHYMES : RHYMES;
                if (rhymes.contains(rhyme) && toneFits(rhyme, tone)
                        && (tone == TONE_NONE || tonePlacedWell(rhyme, tonePos - onset.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the tone mark sits inside a valid rhyme: on the (last) vowel carrying a circumflex, breve or horn; else on
     * the last vowel when a final consonant follows; else, for an open rhyme, on the first of two vowels (either one
     * for oa, oe, uy: "hoa"/"thuy" are written both ways) or the middle one of three.
     */
    private static boolean tonePlacedWell(String rhyme, int pos) {
        int vowels = 0;
        int modified = -1;
        while (vowels < rhyme.length() && isVowel(rhyme.charAt(vowels))) {
            char c = rhyme.charAt(vowels);
            if (c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y') {
                modified = vowels;
            }
            vowels++;
        }
        if (pos < 0 || pos >= vowels) {
            return false;
        }
        if (modified >= 0) {
            return pos == modified;
        }
        if (vowels < rhyme.length()) {
            return pos == vowels - 1;
        }
        switch (vowels) {
            case 1:
                return true;
            case 2:
                return pos == 0 || rhyme.equals("oa") || rhyme.equals("oe") || rhyme.equals("uy");
            default:
                return pos == 1;
        }
    }

    private static boolean isVowel(char base) {
        for (char v : VOWELS) {
            if (v == base) {
                return true;
            }
        }
        return false;
    }

    /** Checked syllables (ending in a stop: c, ch, p, t) take only the acute or the dot-below tone. */
    private static boolean toneFits(String rhyme, int tone) {
        char last = rhyme.charAt(rhyme.length() - 1);
        boolean stop = last == 'c' || last == 'p' || last == 't' || rhyme.endsWith("ch");
        return !stop || tone == TONE_ACUTE || tone == TONE_DOT;
    }
}

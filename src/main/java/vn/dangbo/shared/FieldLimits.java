package vn.dangbo.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The longest text each kind of field accepts, in characters: the one place the forms ({@code maxlength}), the
 * facades (the same check for pages, API and imports, with the message "Tối đa n ký tự" beside the field) and the
 * database ({@code CHECK (char_length(x) <= n)} in each module's limits migration) take their numbers from.
 * A test compares the database's constraints with these numbers.
 */
public final class FieldLimits {

    /** Names of organizations and places, labels (ethnicity, occupation...), external organizations, addresses. */
    public static final int NAME = 255;
    /** A person's full name. */
    public static final int PERSON_NAME = 100;
    /** Titles of resolutions, programs, tasks; the name of a target (a sentence). */
    public static final int TITLE = 500;
    /** Numbers and codes: resolution and program numbers, target and indicator codes, units, term labels. */
    public static final int CODE = 50;
    /** Party card number (số thẻ đảng viên), up to 20 characters (RULES.md). */
    public static final int CARD_NUMBER = 20;
    /** Citizen ID (số định danh cá nhân): 12 digits, or the 9 of an old CMND. */
    public static final int CITIZEN_ID = 12;
    public static final int PHONE = 20;
    /** RFC 5321: a forward path of at most 256 octets, so an address of at most 254. */
    public static final int EMAIL = 254;
    /** A decision reference ("Quyết định số 123-QĐ/ĐU ngày ..."). */
    public static final int DECISION_REF = 100;
    /** Notes, reasons, descriptions, summaries, goals, progress notes: a few paragraphs. */
    public static final int TEXT = 4000;
    /** A file name as uploaded. */
    public static final int FILE_NAME = 255;
    /** Username of an account (letters, digits, . _ -). */
    public static final int USERNAME = 40;

    public static final String MESSAGE_KEY = "validation.tooLong";

    private FieldLimits() {}

    /** Adds a violation when {@code value} is longer than {@code max} characters. */
    public static void check(List<Violation> violations, String field, String value, int max) {
        if (tooLong(value, max)) {
            violations.add(Violation.of(field, MESSAGE_KEY, max));
        }
    }

    /** Refuses a single field at once when it is longer than {@code max} characters. */
    public static void require(String field, String value, int max) {
        if (tooLong(value, max)) {
            throw DomainException.invalid("TOO_LONG", MESSAGE_KEY, max).onField(field);
        }
    }

    public static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }

    /** Every limit by name, for the pages ({@code th:maxlength="${limits.NAME}"}). */
    public static Map<String, Integer> all() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (var f : FieldLimits.class.getFields()) {
            if (f.getType() == int.class) {
                try {
                    m.put(f.getName(), f.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.copyOf(m);
    }
}

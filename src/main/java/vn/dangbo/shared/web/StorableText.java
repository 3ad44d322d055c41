package vn.dangbo.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * What text and numbers the database and the Excel files can hold. PostgreSQL refuses the NUL character, XML (an
 * .xlsx file) refuses the other control characters but tab and line breaks, and the noncharacters U+FFFE, U+FFFF;
 * a number column ({@code numeric(20, 4)}) holds at most 16 digits before the decimal comma.
 */
public final class StorableText {

    /** The message key of the field error for text with such a character. */
    public static final String CONTROL_CHARACTER = "validation.controlCharacter";
    /** The message key of the field error for a number too large for its column. */
    public static final String NUMBER_TOO_LARGE = "validation.numberTooLarge";

    /** Numbers must stay below this (numeric(20, 4): 16 digits before the decimal comma). */
    public static final BigDecimal NUMBER_LIMIT = BigDecimal.TEN.pow(16);

    private StorableText() {}

    /** Whether the text can be stored and exported as it is (null is). */
    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the number fits the number columns. */
    public static boolean storable(BigDecimal number) {
        return number == null || number.abs().compareTo(NUMBER_LIMIT) < 0;
    }

    /**
     * The binder's editor for every text of a form or a query: text with a character that cannot be stored is a
     * conversion error, which the form shows beside its field ({@code typeMismatch.java.lang.String}).
     */
    public static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (!storable(text)) {
                throw new IllegalArgumentException("text with a control character");
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}

package vn.dangbo.shared.settings;

/** How a rule setting's value is written and checked. */
public enum SettingType {
    /** A whole number within the definition's bounds. */
    INTEGER,
    /** One of the definition's choices (each with a label {@code setting.choice.<CHOICE>}). */
    CHOICE,
    /** A list, one item a line (reasons, criteria, categories). */
    LIST;

    public String messageKey() {
        return "setting.type." + name();
    }
}

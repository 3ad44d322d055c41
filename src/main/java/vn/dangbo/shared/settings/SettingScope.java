package vn.dangbo.shared.settings;

/**
 * Who may set a rule: the system administrator for the whole system, or also a province office for its wards
 * where RULES.md says local guidance differs (the province's value wins within its subtree).
 */
public enum SettingScope {
    SYSTEM,
    PROVINCE;

    public String messageKey() {
        return "setting.scope." + name();
    }
}

package vn.dangbo.shared.settings;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule setting's value in force on a date for an organization: the value, and where it comes from — the
 * default ({@code versionId} null) or the stored value with that id, set for {@code scopePath} ("/" the system,
 * else a province) from {@code effectiveFrom}.
 */
public record SettingValue(RuleSetting setting, String value, Long versionId, String scopePath,
        LocalDate effectiveFrom) {

    public int asInt() {
        return Integer.parseInt(value);
    }

    public List<String> asList() {
        return value.isEmpty() ? List.of() : value.lines().toList();
    }

    public boolean isDefault() {
        return versionId == null;
    }

    /**
     * What a record made under this rule stores, so that it stays explainable after the rule changes:
     * "{@code key}@default" or "{@code key}@{@code versionId}".
     */
    public String ruleVersion() {
        return setting.key() + "@" + (versionId == null ? "default" : versionId.toString());
    }
}

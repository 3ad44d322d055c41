package vn.dangbo.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.settings.domain.SettingStore;
import vn.dangbo.settings.domain.SettingStore.StoredValue;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.calendar.WorkingDayCalendar;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.settings.RuleSetting;
import vn.dangbo.shared.settings.RuleSettings;
import vn.dangbo.shared.settings.SettingScope;
import vn.dangbo.shared.settings.SettingValue;
import vn.dangbo.shared.text.VietnameseText;

/**
 * The rule settings: reading the value in force (for every module, through {@link RuleSettings}), and changing
 * it — the system administrator for the system, a province office for its wards where the setting allows —
 * with its history and an audit record. Also the administrator's days of the working-day calendar.
 */
@Service
public class RuleSettingsService implements RuleSettings {

    static final String AUDIT_SETTING = "RULE_SETTING";
    static final String AUDIT_DAY = "CALENDAR_DAY";

    private final SettingStore store;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final Clock clock;

    RuleSettingsService(SettingStore store, AccessGuard guard, AuditTrail audit, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /** A setting as the page shows it: the value in force today for the account's scope, and its history. */
    public record SettingView(RuleSetting setting, SettingValue current, List<StoredValue> history,
            boolean changeable) {}

    @Override
    @Transactional(readOnly = true)
    public SettingValue valueOf(RuleSetting setting, LocalDate on, String organizationPath) {
        return store.inForce(setting.key(), on, organizationPath == null ? AccessGuard.EVERYTHING : organizationPath)
                .map(v -> new SettingValue(setting, v.value(), v.id(), v.scopePath(), v.effectiveFrom()))
                .orElseGet(() -> new SettingValue(setting, setting.defaultValue(), null, AccessGuard.EVERYTHING, null));
    }

    @Override
    @Transactional(readOnly = true)
    public WorkingDayCalendar workingDays(LocalDate on) {
        int tetDays = valueOf(RuleSetting.CALENDAR_TET_DAYS, on, AccessGuard.EVERYTHING).asInt();
        WorkingDayCalendar.Adjacent second = WorkingDayCalendar.Adjacent.valueOf(
                valueOf(RuleSetting.CALENDAR_NATIONAL_DAY_SECOND, on, AccessGuard.EVERYTHING).value());
        return new WorkingDayCalendar(tetDays, second, store.liveDays().stream()
                .map(d -> new WorkingDayCalendar.DayRule(d.day(), d.dayOff(), d.reason())).toList());
    }

    /** Every setting with its value in force today for the account's scope. */
    @Transactional(readOnly = true)
    public List<SettingView> list() {
        CurrentUser user = guard.require(Permission.RULE_SETTINGS_MANAGE);
        String scope = guard.scopePath();
        LocalDate today = LocalDate.now(clock);
        List<SettingView> views = new ArrayList<>();
        for (RuleSetting s : RuleSetting.values()) {
            views.add(new SettingView(s, valueOf(s, today, scope), List.of(), changeable(user, s)));
        }
        return views;
    }

    /** One setting with its history as the account's scope sees it (the system's values, and its province's). */
    @Transactional(readOnly = true)
    public SettingView show(RuleSetting setting) {
        CurrentUser user = guard.require(Permission.RULE_SETTINGS_MANAGE);
        String scope = guard.scopePath();
        List<String> scopes = scope.equals(AccessGuard.EVERYTHING) ? List.of(scope) : List.of(AccessGuard.EVERYTHING, scope);
        return new SettingView(setting, valueOf(setting, LocalDate.now(clock), scope), store.history(setting.key(), scopes),
                changeable(user, setting));
    }

    /**
     * Sets a new value from a date, for the whole system (system administrator) or for the province office's
     * wards (a setting whose scope is {@link SettingScope#PROVINCE}); kept beside the older values and audited.
     */
    @Transactional
    public long change(RuleSetting setting, String rawValue, LocalDate effectiveFrom, String reason) {
        CurrentUser user = guard.require(Permission.RULE_SETTINGS_MANAGE);
        if (!changeable(user, setting)) {
            throw new org.springframework.security.access.AccessDeniedException("setting not changeable by this role");
        }
        List<Violation> v = new ArrayList<>();
        RuleSetting.Checked checked = setting.check(rawValue);
        if (!checked.valid()) {
            v.add(new Violation("value", checked.errorKey(), checked.errorArgs()));
        }
        if (effectiveFrom == null) {
            v.add(Violation.of("effectiveFrom", "validation.required"));
        }
        String why = VietnameseText.cleanToNull(reason);
        if (why == null) {
            v.add(Violation.of("reason", "validation.required"));
        }
        FieldLimits.check(v, "reason", why, FieldLimits.TITLE);
        ValidationFailed.throwIfAny(v);
        String scope = guard.scopePath();
        long id = store.insert(setting.key(), scope, checked.value(), effectiveFrom, why, user.username());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("setting", setting.key());
        state.put("scope", scope);
        state.put("value", checked.value());
        state.put("effectiveFrom", effectiveFrom.toString());
        state.put("reason", why);
        audit.created(AUDIT_SETTING, id, scope.equals(AccessGuard.EVERYTHING) ? null : scope,
                "Đặt quy định " + setting.key(), state);
        return id;
    }

    private static boolean changeable(CurrentUser user, RuleSetting setting) {
        return user.isGlobal() || setting.scope() == SettingScope.PROVINCE;
    }

    /** The administrator's days of a year (live and taken back). */
    @Transactional(readOnly = true)
    public List<CalendarDay> days(int year) {
        guard.require(Permission.CALENDAR_MANAGE);
        return store.days(year);
    }

    @Transactional
    public long addDay(LocalDate day, boolean dayOff, String reason) {
        CurrentUser user = guard.require(Permission.CALENDAR_MANAGE);
        List<Violation> v = new ArrayList<>();
        if (day == null) {
            v.add(Violation.of("day", "validation.required"));
        }
        String why = VietnameseText.cleanToNull(reason);
        if (why == null) {
            v.add(Violation.of("reason", "validation.required"));
        }
        FieldLimits.check(v, "reason", why, FieldLimits.TITLE);
        ValidationFailed.throwIfAny(v);
        if (store.liveDay(day).isPresent()) {
            throw DomainException.conflict("CALENDAR_DAY_EXISTS", "calendar.day.exists").onField("day");
        }
        long id = store.insertDay(day, dayOff, why, user.username());
        audit.created(AUDIT_DAY, id, null, "Thêm ngày vào lịch làm việc",
                Map.of("day", day.toString(), "dayOff", dayOff, "reason", why));
        return id;
    }

    @Transactional
    public void removeDay(long id) {
        CurrentUser user = guard.require(Permission.CALENDAR_MANAGE);
        CalendarDay d = store.day(id).filter(x -> x.removedAt() == null)
                .orElseThrow(() -> DomainException.notFound("CALENDAR_DAY_NOT_FOUND", "error.404.detail"));
        store.removeDay(id, user.username());
        audit.deleted(AUDIT_DAY, id, null, "Bỏ ngày khỏi lịch làm việc",
                Map.of("day", d.day().toString(), "dayOff", d.dayOff(), "reason", d.reason()));
    }
}

package vn.dangbo.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.resolution.domain.DashboardQueries;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.text.VietnameseText;

/**
 * The province's catalogue of shared indicators: a ward target that carries an indicator's code is compared with
 * the other wards' on the province overview. Read by everyone who reads resolutions; kept by the province office.
 */
@Service
@Transactional
public class Indicators {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final DashboardQueries queries;
    private final AccessGuard guard;
    private final AuditTrail audit;

    Indicators(DashboardQueries queries, AccessGuard guard, AuditTrail audit) {
        this.queries = queries;
        this.guard = guard;
        this.audit = audit;
    }

    public record Indicator(String code, String name, String unit, String description, long targets) {}

    @Transactional(readOnly = true)
    public List<Indicator> list() {
        guard.require(Permission.RESOLUTION_VIEW);
        return queries.indicatorsWithUse();
    }

    /** Adds an indicator, or changes the name, unit and description of an existing code. */
    public void save(String code, String name, String unit, String description) {
        guard.require(Permission.INDICATOR_MANAGE);
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        String n = VietnameseText.cleanToNull(name);
        List<Violation> v = new ArrayList<>();
        if (!CODE.matcher(c).matches()) {
            v.add(Violation.of("code", "indicator.validation.code"));
        }
        if (n == null) {
            v.add(Violation.of("name", "validation.required"));
        } else {
            FieldLimits.check(v, "name", n, FieldLimits.NAME);
        }
        FieldLimits.check(v, "unit", VietnameseText.cleanToNull(unit), FieldLimits.CODE);
        FieldLimits.check(v, "description", VietnameseText.cleanToNull(description), FieldLimits.TEXT);
        ValidationFailed.throwIfAny(v);
        queries.upsertIndicator(c, n, VietnameseText.cleanToNull(unit), VietnameseText.cleanToNull(description));
        audit.record(vn.dangbo.audit.AuditAction.UPDATE, "INDICATOR", c, null, "Cập nhật chỉ tiêu chung " + c + ". " + n,
                null, Map.of("name", n, "unit", String.valueOf(unit)));
    }
}

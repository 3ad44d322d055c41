package vn.dangbo.resolution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.resolution.domain.PeriodRepository;
import vn.dangbo.resolution.domain.ReportingPeriod;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;

/**
 * Reporting periods of an organization (quý, 6 tháng, 9 tháng, năm, giữa nhiệm kỳ, nhiệm kỳ), opened and closed by
 * its office (RESOLUTION_MANAGE). Values are entered only while a period is open; a closed period is read-only.
 */
@Service
@Transactional
public class ReportingPeriods {

    private final PeriodRepository periods;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final AuditTrail audit;

    ReportingPeriods(PeriodRepository periods, OrganizationDirectory organizations, AccessGuard guard, AuditTrail audit) {
        this.periods = periods;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ReportingPeriod> of(long organizationId) {
        OrganizationSummary org = organizations.get(organizationId);
        guard.requireRelated(Permission.RESOLUTION_VIEW, org.path());
        return periods.ofOrganization(organizationId);
    }

    @Transactional(readOnly = true)
    public ReportingPeriod get(long id) {
        ReportingPeriod p = periods.findById(id)
                .orElseThrow(() -> DomainException.notFound("PERIOD_NOT_FOUND", "period.notFound"));
        guard.requireRelated(Permission.RESOLUTION_VIEW, p.orgPath());
        return p;
    }

    /** Opens a period; dates default to the kind's months of the year and must be given for mid-term and term. */
    public long open(Long organizationId, Integer year, PeriodKind kind, LocalDate startsOn, LocalDate endsOn) {
        guard.require(Permission.RESOLUTION_MANAGE);
        if (organizationId == null) {
            throw DomainException.invalid("ORGANIZATION_REQUIRED", "validation.required").onField("organizationId");
        }
        OrganizationSummary org = organizations.get(organizationId);
        CurrentUser user = guard.require(Permission.RESOLUTION_MANAGE, org.path());
        if (year == null || year < 1930 || year > 2100) {
            throw DomainException.invalid("YEAR_REQUIRED", "period.validation.year").onField("year");
        }
        if (kind == null) {
            throw DomainException.invalid("KIND_REQUIRED", "validation.required").onField("kind");
        }
        LocalDate start = startsOn != null ? startsOn : kind.defaultStart(year);
        LocalDate end = endsOn != null ? endsOn : kind.defaultEnd(year);
        if (start == null) {
            throw DomainException.invalid("START_REQUIRED", "validation.required").onField("startsOn");
        }
        if (end == null) {
            throw DomainException.invalid("END_REQUIRED", "validation.required").onField("endsOn");
        }
        if (end.isBefore(start)) {
            throw DomainException.invalid("PERIOD_DATES", "period.validation.endBeforeStart").onField("endsOn");
        }
        if (periods.exists(org.id(), year, kind)) {
            throw DomainException.invalid("PERIOD_EXISTS", "period.validation.exists").onField("kind");
        }
        long id = periods.insert(org.id(), org.path(), year, kind, start, end, user.username());
        audit.created("REPORTING_PERIOD", id, org.path(), "Mở kỳ báo cáo " + kind.name() + " " + year + " của " + org.name(),
                Map.of("year", year, "kind", kind.name(), "startsOn", start.toString(), "endsOn", end.toString()));
        return id;
    }

    public void close(long id) {
        ReportingPeriod p = manageable(id);
        if (p.closed()) {
            return;
        }
        periods.close(id, guard.current().username());
        audit.updated("REPORTING_PERIOD", id, p.orgPath(), "Khóa kỳ báo cáo " + p.kind().name() + " " + p.year(),
                Map.of("status", "OPEN"), Map.of("status", "CLOSED"));
    }

    /** Reopens a closed period for corrections; recorded in the audit trail like every change. */
    public void reopen(long id) {
        ReportingPeriod p = manageable(id);
        if (!p.closed()) {
            return;
        }
        periods.reopen(id, guard.current().username());
        audit.updated("REPORTING_PERIOD", id, p.orgPath(), "Mở lại kỳ báo cáo " + p.kind().name() + " " + p.year(),
                Map.of("status", "CLOSED"), Map.of("status", "OPEN"));
    }

    private ReportingPeriod manageable(long id) {
        ReportingPeriod p = periods.findById(id)
                .orElseThrow(() -> DomainException.notFound("PERIOD_NOT_FOUND", "period.notFound"));
        guard.require(Permission.RESOLUTION_MANAGE, p.orgPath());
        return p;
    }
}

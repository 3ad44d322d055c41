package vn.dangbo.member.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangbo.member.TransferKind;

public class TransferForm {

    private TransferKind kind = TransferKind.OFFICIAL;
    private Long toOrganizationId;
    private String externalOrganization;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    private String decisionRef;
    private String reason;

    public TransferKind getKind() { return kind; }
    public void setKind(TransferKind kind) { this.kind = kind; }
    public Long getToOrganizationId() { return toOrganizationId; }
    public void setToOrganizationId(Long toOrganizationId) { this.toOrganizationId = toOrganizationId; }
    public String getExternalOrganization() { return externalOrganization; }
    public void setExternalOrganization(String externalOrganization) { this.externalOrganization = externalOrganization; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getDecisionRef() { return decisionRef; }
    public void setDecisionRef(String decisionRef) { this.decisionRef = decisionRef; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

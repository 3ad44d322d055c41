package vn.dangbo.member.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangbo.member.MemberStatus;

public class StatusForm {

    private MemberStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    private String reason;
    private String decisionRef;

    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDecisionRef() { return decisionRef; }
    public void setDecisionRef(String decisionRef) { this.decisionRef = decisionRef; }
}

package vn.dangbo.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangbo.organization.PartyPosition;

/** The small forms of the organization page: move, dissolve, add a term, appoint, end a position. */
public final class ActionForms {

    private ActionForms() {}

    public static class Move {
        private Long newParentId;
        public Long getNewParentId() { return newParentId; }
        public void setNewParentId(Long newParentId) { this.newParentId = newParentId; }
    }

    public static class Dissolve {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dissolvedOn;
        private String reason;
        public LocalDate getDissolvedOn() { return dissolvedOn; }
        public void setDissolvedOn(LocalDate dissolvedOn) { this.dissolvedOn = dissolvedOn; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public static class NewTerm {
        private String label;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
        public LocalDate getEndsOn() { return endsOn; }
        public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    }

    public static class Appoint {
        private Long memberId;
        private PartyPosition position;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;
        private String decisionRef;
        public Long getMemberId() { return memberId; }
        public void setMemberId(Long memberId) { this.memberId = memberId; }
        public PartyPosition getPosition() { return position; }
        public void setPosition(PartyPosition position) { this.position = position; }
        public LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
        public String getDecisionRef() { return decisionRef; }
        public void setDecisionRef(String decisionRef) { this.decisionRef = decisionRef; }
    }

    public static class EndPosition {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;
        public LocalDate getEndsOn() { return endsOn; }
        public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    }
}

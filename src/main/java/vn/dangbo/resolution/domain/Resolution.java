package vn.dangbo.resolution.domain;

import java.time.LocalDate;
import vn.dangbo.resolution.ResolutionKind;

public record Resolution(long id, long organizationId, String orgPath, ResolutionKind kind, String number, String title,
        LocalDate issuedOn, int startYear, int endYear, String generalGoal, int version) {

    public boolean coversYear(int year) {
        return year >= startYear && year <= endYear;
    }
}

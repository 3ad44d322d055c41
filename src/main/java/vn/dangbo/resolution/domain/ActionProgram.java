package vn.dangbo.resolution.domain;

import java.time.LocalDate;
import vn.dangbo.resolution.ProgramKind;

public record ActionProgram(long id, long organizationId, String orgPath, Long resolutionId, ProgramKind kind,
        String number, String title, LocalDate issuedOn, String summary, int version) {}

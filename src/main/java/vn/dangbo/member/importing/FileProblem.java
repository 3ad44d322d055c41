package vn.dangbo.member.importing;

import vn.dangbo.shared.DomainException;

/** A file that cannot be read as a member list, with the Vietnamese message key that says why. */
public final class FileProblem {

    private FileProblem() {}

    public static DomainException of(String code, String messageKey, Object... args) {
        return DomainException.invalid(code, messageKey, args).onField("file");
    }

    public static DomainException unreadable() {
        return of("FILE_UNREADABLE", "member.import.error.unreadable");
    }

    public static DomainException tooManyRows() {
        return of("TOO_MANY_ROWS", "member.import.error.tooManyRows", ImportLimits.MAX_ROWS);
    }

    public static DomainException empty() {
        return of("FILE_EMPTY", "member.import.error.empty");
    }
}

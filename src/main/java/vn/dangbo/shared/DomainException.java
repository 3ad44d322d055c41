package vn.dangbo.shared;

import java.util.List;

/**
 * A request the domain refuses, with a stable machine code (for API clients) and a message key whose
 * Vietnamese text is shown to the user. Never carries personal data in its message.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final List<Object> args;
    private final Kind kind;
    private String field;
    private String citation;

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHENTICATED,
        /** A change that does not say which version it was made from (HTTP 428). */
        PRECONDITION_REQUIRED }

    public DomainException(Kind kind, String code, String messageKey, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static DomainException invalid(String code, String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, code, messageKey, args);
    }

    public static DomainException notFound(String code, String messageKey, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, messageKey, args);
    }

    public static DomainException conflict(String code, String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, code, messageKey, args);
    }

    /** Attaches the form field the refusal is about, so the page can show the message beside it. */
    public DomainException onField(String field) {
        this.field = field;
        return this;
    }

    /** Attaches the regulation the refusal applies (a party rule), shown with the message and in the API. */
    public DomainException citing(String regulation) {
        this.citation = regulation;
        return this;
    }

    public String citation() {
        return citation;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }

    public Kind kind() {
        return kind;
    }
}

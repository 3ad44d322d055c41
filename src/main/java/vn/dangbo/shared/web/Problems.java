package vn.dangbo.shared.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import vn.dangbo.shared.DomainException;

/**
 * Builds RFC 9457 problem details: a machine code ({@code code}, also in the type URI) and a Vietnamese
 * title and detail for people.
 */
@Component
public class Problems {

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatus status, String code, String detailKey, Object[] args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:dangbo:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null,
                messages.getMessage("error.title", null, locale), locale));
        problem.setDetail(messages.getMessage(detailKey, args, detailKey, locale));
        problem.setProperty("code", code);
        return problem;
    }

    public static HttpStatus statusOf(DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case PRECONDITION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
        };
    }
}

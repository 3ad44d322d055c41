package vn.dangbo.config;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Which field of a JSON request body could not be read, and why in Vietnamese: a date that is not "yyyy-MM-dd"
 * within the accepted range, an enum value that is not one of the names (listed), or any other value of the wrong
 * type. The field is the JSON path ("resolution.issuedOn", "items[2].kind").
 */
final class JsonFieldErrors {

    record FieldError(String field, String message) {}

    private JsonFieldErrors() {}

    static Optional<FieldError> of(Throwable e, MessageSource messages, Locale locale) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
                return Optional.of(new FieldError(path(m), message(m.getTargetType(), messages, locale)));
            }
        }
        return Optional.empty();
    }

    static Map<String, String> asMap(FieldError f) {
        return Map.of("field", f.field(), "message", f.message());
    }

    private static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String message(Class<?> type, MessageSource messages, Locale locale) {
        if (type == LocalDate.class) {
            return messages.getMessage("typeMismatch.java.time.LocalDate", null, locale);
        }
        if (type != null && type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return messages.getMessage("validation.enumName", new Object[] {names}, locale);
        }
        return messages.getMessage("typeMismatch", null, locale);
    }

    static List<Map<String, String>> list(FieldError f) {
        return List.of(asMap(f));
    }
}

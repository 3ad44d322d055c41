package vn.dangbo.config;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.dangbo.shared.web.Problems;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import vn.dangbo.shared.web.StorableText;

/**
 * One place that keeps unstorable input away from the services, for every form, query and JSON body:
 * <ul>
 * <li>forms and query parameters: the binder refuses text with a control character (a NUL byte, which PostgreSQL
 * cannot store, or another one that an Excel file cannot hold), beside its field;</li>
 * <li>JSON bodies: after reading, every text, number and nested object of the request is checked; a control
 * character, a number too large for its column, or a missing nested object ({@code "resolution"} of a resolution)
 * answers 400 with the field's path and a Vietnamese message, before any service sees it.</li>
 * </ul>
 * Also the one place for an upload over the multipart limit, which no controller sees.
 */
@ControllerAdvice
class InputChecks extends RequestBodyAdviceAdapter {

    private final Problems problems;

    InputChecks(Problems problems) {
        this.problems = problems;
    }

    /**
     * An upload over the multipart limit (20 MB a file, 25 MB a request) fails before any controller is chosen, so
     * only an advice for every controller sees it; left to Spring, the error dispatch parsed the request again and
     * answered an empty 413. The API gets a problem detail; a page gets the Vietnamese page with a way back to the
     * form as it was typed (the browser keeps it; the pages also refuse such files before sending them).
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", "error.fileTooLarge", null, locale));
        }
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 413);
        mv.addObject("messageKey", "error.fileTooLarge");
        mv.addObject("back", PageErrorHandling.sameSiteReferer(request));
        mv.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return mv;
    }

    @InitBinder
    void text(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StorableText.Editor());
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord();
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(body, "", problems, 0);
        if (!problems.isEmpty()) {
            throw new InvalidBody(problems);
        }
        return body;
    }

    /** A JSON body with fields that cannot be stored or are missing: field path to message key. */
    static final class InvalidBody extends RuntimeException {
        final Map<String, String> problems;

        InvalidBody(Map<String, String> problems) {
            super("invalid request body " + problems);
            this.problems = Map.copyOf(problems);
        }
    }

    private static void check(Object value, String path, Map<String, String> problems, int depth) {
        if (value == null || depth > 8) {
            return;
        }
        if (value instanceof String s) {
            if (!StorableText.storable(s)) {
                problems.putIfAbsent(path, StorableText.CONTROL_CHARACTER);
            }
        } else if (value instanceof BigDecimal n) {
            if (!StorableText.storable(n)) {
                problems.putIfAbsent(path, StorableText.NUMBER_TOO_LARGE);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v;
                try {
                    java.lang.reflect.Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    v = accessor.invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String p = path.isEmpty() ? c.getName() : path + "." + c.getName();
                if (v == null && c.getType().isRecord()) {
                    problems.putIfAbsent(p, "validation.required");
                }
                check(v, p, problems, depth + 1);
            }
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                check(item, path + "[" + i++ + "]", problems, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(e.getKey(), path + "[" + e.getKey() + "]", problems, depth + 1);
                check(e.getValue(), path + "[" + e.getKey() + "]", problems, depth + 1);
            }
        }
    }
}

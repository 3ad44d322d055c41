package vn.dangbo.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.dangbo.shared.web.Problems;

/**
 * Whatever reaches the container's error path (403 from security, 404 for unknown addresses, errors outside
 * controllers): problem details under /api, a Vietnamese page elsewhere.
 */
@Controller
class DangboErrorController implements ErrorController {

    private final Problems problems;

    DangboErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        HttpStatus httpStatus = HttpStatus.resolve(status);
        if (httpStatus == null) {
            httpStatus = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detailKey = switch (status) {
            case 401 -> "error.401.detail";
            case 403 -> "error.403.detail";
            case 404 -> "error.404.detail";
            case 405 -> "error.405.detail";
            case 413 -> "error.fileTooLarge";
            default -> status >= 500 ? "error.500.detail" : "error.badRequest";
        };
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail p = problems.of(httpStatus, codeOf(status), detailKey, null, locale);
            return ResponseEntity.status(httpStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", status);
        mv.addObject("messageKey", detailKey);
        mv.setStatus(httpStatus);
        return mv;
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "FILE_TOO_LARGE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }
}

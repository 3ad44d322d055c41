package vn.dangbo.config;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.web.Problems;

/**
 * Errors of the pages: a Vietnamese page with what went wrong and a way back, never a stack trace. A refusal
 * of access is left to Spring Security, which shows the 403 page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandling.class);

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        int status = Problems.statusOf(e).value();
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", status);
        mv.addObject("messageKey", e.messageKey());
        mv.addObject("messageArgs", e.args());
        mv.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return mv;
    }

    /** Left to Spring Security's access-denied handler, which audits the refusal and shows the 403 page. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, NoResourceFoundException.class})
    ModelAndView notFound(Exception e) {
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 404);
        mv.addObject("messageKey", "error.404.detail");
        mv.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
        return mv;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Exception e) {
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 413);
        mv.addObject("messageKey", "error.fileTooLarge");
        mv.setStatus(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE);
        return mv;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            ModelAndView mv = new ModelAndView("error/problem");
            mv.addObject("status", er.getStatusCode().value());
            mv.addObject("messageKey", "error.badRequest");
            mv.setStatus(er.getStatusCode());
            return mv;
        }
        String incident = Incidents.newId();
        log.error("Lỗi không mong đợi, mã sự cố {}", incident, e);
        ModelAndView mv = new ModelAndView("error/problem");
        mv.addObject("status", 500);
        mv.addObject("messageKey", "error.500.detail");
        mv.addObject("incident", incident);
        mv.setStatus(org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR);
        return mv;
    }
}

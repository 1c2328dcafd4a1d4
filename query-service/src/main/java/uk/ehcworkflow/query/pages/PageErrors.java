package uk.ehcworkflow.query.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.ehcworkflow.platform.problem.ConflictException;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.problem.Problems;

/**
 * What a person sees when a page cannot be shown: GOV.UK's "page not found", "you do not have
 * access" and "sorry, there is a problem with the service" pages, never a stack trace or a blank
 * page. A path nothing serves is a page's 404 unless it is under the API, which keeps problem+json.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NoResourceFoundException.class)
    Object nothingHere(HttpServletRequest request) {
        if (PageSecurity.API.matches(request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(
                    Problems.of(HttpStatus.NOT_FOUND, "Not Found", "Nothing is served at this address."));
        }
        return Sorry.NOT_FOUND.page();
    }

    /** An upload larger than any return, refused before any page ran. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page("pages/refused", HttpStatus.PAYLOAD_TOO_LARGE).addObject("detail",
                "The file is larger than any SEN2 return (100 MB at most). Nothing was recorded.");
    }

    @ControllerAdvice(annotations = PageController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class OnPages {

        @ExceptionHandler(NotFoundException.class)
        ModelAndView notFound() {
            return Sorry.NOT_FOUND.page();
        }

        @ExceptionHandler(MethodArgumentTypeMismatchException.class)
        ModelAndView unreadable(MethodArgumentTypeMismatchException e) {
            return page("pages/refused", HttpStatus.BAD_REQUEST).addObject("detail",
                    "The address names " + PageMessages.label(e.getName()) + " in a way the service does not understand.");
        }

        @ExceptionHandler(AccessDeniedException.class)
        ModelAndView noAccess() {
            return Sorry.NO_ACCESS.page();
        }

        @ExceptionHandler(ConflictException.class)
        ModelAndView conflict(ConflictException e) {
            return page("pages/refused", HttpStatus.CONFLICT).addObject("detail", PageMessages.plain(e.getMessage()));
        }

        @ExceptionHandler(InvalidRequestException.class)
        ModelAndView badRequest(InvalidRequestException e) {
            return page("pages/refused", HttpStatus.BAD_REQUEST).addObject("detail", PageMessages.plain(e.getMessage()));
        }

        /** A refusal no form was there to show beside its field. */
        @ExceptionHandler(CommandRefused.class)
        ModelAndView refusedCommand(CommandRefused e) {
            HttpStatus status = HttpStatus.resolve(e.status());
            if (status == HttpStatus.FORBIDDEN) {
                return Sorry.NO_ACCESS.page();
            }
            if (status == null || !status.is4xxClientError()) {
                return Sorry.UNAVAILABLE.page();
            }
            return page("pages/refused", status).addObject("detail", PageMessages.refusal(e, e.field()));
        }

        @ExceptionHandler(CommandApi.CommandServiceUnavailable.class)
        ModelAndView unavailable(CommandApi.CommandServiceUnavailable e) {
            log.warn("A page could not reach the command service: {}", e.getCause().getMessage());
            return Sorry.UNAVAILABLE.page();
        }

        @ExceptionHandler(Exception.class)
        ModelAndView failed(Exception e, HttpServletRequest request) {
            log.error("A page failed: {} {}", request.getMethod(), request.getRequestURI(), e);
            return Sorry.PROBLEM.page();
        }
    }

    /** An error page keeps the signed-in header, so that a person can go on from it. */
    static ModelAndView page(String template, HttpStatus status) {
        ModelAndView page = new ModelAndView(template);
        page.setStatus(status);
        page.addObject("signedIn", Navigation.signedIn());
        page.addObject("navigation", Navigation.navigation());
        return page;
    }
}

package uk.ehcworkflow.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the errors that reach no controller (a request the servlet container or the security
 * firewall refused, a path nothing serves, a failure in a filter) as problem+json, in place of
 * Spring Boot's own error JSON. It says what kind of failure it was and never echoes the request.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = Problems.of(status, status.getReasonPhrase(), detail(status));
        Problems.setInstance(problem, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request was refused before it reached the service: its address, headers or body are malformed.";
            case NOT_FOUND -> "Nothing is served at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take this method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "The answer is available as application/json or application/problem+json.";
            case PAYLOAD_TOO_LARGE -> "The request is too large.";
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request's address or headers are too long.";
            case UNAUTHORIZED -> "This request needs credentials.";
            case FORBIDDEN -> "Your role may not do this.";
            default -> status.is5xxServerError() ? "The request could not be completed; it has been logged."
                    : "The request could not be served.";
        };
    }
}

package uk.ehcworkflow.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    /** Where the JSON API lives; anything else a browser asks for is a page. */
    private static final List<String> API = List.of("/api", "/actuator", "/v3", "/swagger-ui");

    /**
     * A browser on one of the pages (not the API) gets a page: a page that failed while it was being
     * made must not leave a person with a blank page or a block of JSON.
     */
    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<?> errorPage(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && API.stream().anyMatch(path::startsWith)) {
            return error(request);
        }
        HttpStatus status = status(request);
        String page = htmlPage(status);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    /** A GOV.UK page saying what went wrong, for a browser; it echoes nothing of the request. */
    static String htmlPage(HttpStatus status) {
        String title = status == HttpStatus.NOT_FOUND ? "Page not found"
                : status == HttpStatus.FORBIDDEN ? "You do not have access to this page"
                : status.is5xxServerError() ? "Sorry, there is a problem with the service" : "Sorry, the page could not be shown";
        return "<!DOCTYPE html><html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\"><title>" + title
                + " - EHC workflow</title><link rel=\"stylesheet\" href=\"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css\">"
                + "</head><body class=\"govuk-template__body\"><div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" "
                + "id=\"main-content\"><h1 class=\"govuk-heading-l\">" + title + "</h1><p class=\"govuk-body\">" + detail(status)
                + "</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Go to the start page</a></p></main></div></body></html>";
    }

    /** Whether the request is for a page rather than the API, by its address and what the browser accepts. */
    static boolean wantsPage(String path, String accept) {
        return (path == null || API.stream().noneMatch(path::startsWith)) && accept != null && accept.contains("text/html");
    }

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

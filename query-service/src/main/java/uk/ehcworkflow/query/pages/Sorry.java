package uk.ehcworkflow.query.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The pages that say a page cannot be shown, each its heading and what to do, worded as GOV.UK's patterns word them. */
public enum Sorry {
    NOT_FOUND(HttpStatus.NOT_FOUND, "Page not found", "If you typed the web address, check it is correct. If you pasted "
            + "the web address, check you copied the entire address. The case, action or sitting may also not exist, or "
            + "not yet be known to the read side."),
    NO_ACCESS(HttpStatus.FORBIDDEN, "You do not have access to this page",
            "Your role may not see this page. If you think you should, ask your service administrator."),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Sorry, the service is unavailable", "The part of the service that "
            + "records steps cannot be reached just now. Nothing was recorded. Try again later."),
    PROBLEM(HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service",
            "Try again later. Nothing you entered has been recorded unless a page told you it was.");

    private final HttpStatus status;
    private final String heading;
    private final String advice;

    Sorry(HttpStatus status, String heading, String advice) {
        this.status = status;
        this.heading = heading;
        this.advice = advice;
    }

    public String heading() {
        return heading;
    }

    public String advice() {
        return advice;
    }

    /** The page, with its status; it keeps the signed-in header, so that a person can go on from it. */
    ModelAndView page() {
        return PageErrors.page("pages/sorry", status).addObject("sorry", this);
    }
}

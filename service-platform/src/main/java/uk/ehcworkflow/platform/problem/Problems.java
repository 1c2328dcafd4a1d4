package uk.ehcworkflow.platform.problem;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Problem+json bodies with a stable type per kind of failure, so clients can branch on it. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:ehc-workflow:problem:" + status.value()));
        return problem;
    }

    /** Names the request's path as the problem's instance, unless the path is too odd to repeat safely. */
    public static void setInstance(ProblemDetail problem, Object path) {
        if (path instanceof String text && text.length() <= 200 && text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            try {
                problem.setInstance(URI.create(text));
            } catch (IllegalArgumentException unparseable) {
                // Left without an instance: the status, type and detail still say what went wrong.
            }
        }
    }

    /** A 400 naming the request field that is wrong. */
    public static ProblemDetail invalidField(String field, String detail) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), "Invalid request", detail);
        problem.setType(URI.create("urn:ehc-workflow:problem:invalid-field"));
        problem.setProperty("field", field);
        return problem;
    }

    /** A 409 naming the business rule the request would break. */
    public static ProblemDetail ruleBroken(String rule, String detail) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(409), "Rule broken", detail);
        problem.setType(URI.create("urn:ehc-workflow:problem:rule-broken"));
        problem.setProperty("rule", rule);
        return problem;
    }
}

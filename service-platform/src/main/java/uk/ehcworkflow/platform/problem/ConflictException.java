package uk.ehcworkflow.platform.problem;

/** The request cannot be done in the current state (it would clash with work under way); answered with 409. */
public class ConflictException extends RuntimeException {

    private final String rule;

    public ConflictException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}

package uk.ehcworkflow.query.pages;

/**
 * The command service refused a command sent from a page: the problem it answered, to show as a
 * GOV.UK error summary beside the user's input.
 *
 * @param field the request field the problem names, or null
 * @param rule the business rule the problem names, or null
 */
public class CommandRefused extends RuntimeException {

    private final int status;
    private final String field;
    private final String rule;

    public CommandRefused(int status, String field, String rule, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
        this.rule = rule;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}

package uk.ehcworkflow.command.common;

/**
 * A field of the command that does not fit the rest of it, such as a period ending before it starts.
 * The rule is a short code for what is wrong with it, so that a page can put it in its own words and
 * a script can tell one refusal of the same field from another.
 */
public class InvalidField extends DomainFailure {

    public InvalidField(String field, String rule, String message) {
        super(rule, field, message);
    }

    @Override
    public CommandFailure.Kind kind() {
        return CommandFailure.Kind.INVALID_FIELD;
    }
}

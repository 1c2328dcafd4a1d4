package uk.ehcworkflow.command.common;

/** A field of the command that does not fit the rest of it, such as a period ending before it starts. */
public class InvalidField extends DomainFailure {

    public InvalidField(String field, String message) {
        super(field, message);
    }

    @Override
    public CommandFailure.Kind kind() {
        return CommandFailure.Kind.INVALID_FIELD;
    }
}

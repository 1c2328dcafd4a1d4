package uk.ehcworkflow.command.common;

/** The actor's role or agency does not allow this command on this aggregate. */
public class NotPermitted extends DomainFailure {

    public NotPermitted(String rule, String message) {
        super(rule, message);
    }

    @Override
    public CommandFailure.Kind kind() {
        return CommandFailure.Kind.NOT_PERMITTED;
    }
}

package uk.ehcworkflow.command.common;

/** The command refers to something the aggregate does not have. */
public class UnknownReference extends DomainFailure {

    public UnknownReference(String what, String message) {
        super(what, message);
    }

    @Override
    public CommandFailure.Kind kind() {
        return CommandFailure.Kind.NOT_FOUND;
    }
}

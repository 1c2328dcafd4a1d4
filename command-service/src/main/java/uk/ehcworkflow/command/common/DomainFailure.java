package uk.ehcworkflow.command.common;

/**
 * A command the domain refuses. The kind decides the HTTP answer; the rule names what was
 * broken so that a person (or a tool) can tell refusals apart.
 */
public abstract class DomainFailure extends RuntimeException {

    private final String rule;

    protected DomainFailure(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    public abstract CommandFailure.Kind kind();

    public CommandFailure describe() {
        return new CommandFailure(kind(), rule, getMessage());
    }
}

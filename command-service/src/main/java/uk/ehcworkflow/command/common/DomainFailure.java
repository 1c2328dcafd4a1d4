package uk.ehcworkflow.command.common;

/**
 * A command the domain refuses. The kind decides the HTTP answer; the rule names what was
 * broken so that a person (or a tool) can tell refusals apart.
 */
public abstract class DomainFailure extends RuntimeException {

    private final String rule;
    private final String field;

    protected DomainFailure(String rule, String message) {
        this(rule, null, message);
    }

    /** A refusal about one field of the command, so that a form can show it beside that field. */
    protected DomainFailure(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    /** The field of the command the refusal is about, or null when it is about the command as a whole. */
    public String field() {
        return field;
    }

    public abstract CommandFailure.Kind kind();

    public CommandFailure describe() {
        return new CommandFailure(kind(), rule, getMessage(), field);
    }
}

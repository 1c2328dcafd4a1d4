package uk.ehcworkflow.command.common;

/** The command would break a business rule. */
public class RuleBroken extends DomainFailure {

    public RuleBroken(String rule, String message) {
        super(rule, message);
    }

    /** A rule broken by the value of one field (a date out of order, say), named in the refusal. */
    public RuleBroken(String rule, String field, String message) {
        super(rule, field, message);
    }

    @Override
    public CommandFailure.Kind kind() {
        return CommandFailure.Kind.RULE_BROKEN;
    }
}

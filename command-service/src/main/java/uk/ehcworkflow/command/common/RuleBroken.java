package uk.ehcworkflow.command.common;

/** The command would break a business rule. */
public class RuleBroken extends DomainFailure {

    public RuleBroken(String rule, String message) {
        super(rule, message);
    }

    @Override
    public CommandFailure.Kind kind() {
        return CommandFailure.Kind.RULE_BROKEN;
    }
}

package uk.ehcworkflow.command.common;

/**
 * Why a command was refused, in a form that survives the trip back from a handler on another
 * node (Axon carries it as the details of a CommandExecutionException).
 */
public record CommandFailure(Kind kind, String rule, String message, String field) {

    /** A refusal that names no field of the command. */
    public CommandFailure(Kind kind, String rule, String message) {
        this(kind, rule, message, null);
    }


    public enum Kind {
        /** A business rule would be broken (409). */
        RULE_BROKEN,
        /** The command names something that does not exist (404). */
        NOT_FOUND,
        /** The actor may not do this to this thing (403). */
        NOT_PERMITTED,
        /** A field does not fit the rest of the command (400); the rule says how. */
        INVALID_FIELD
    }
}

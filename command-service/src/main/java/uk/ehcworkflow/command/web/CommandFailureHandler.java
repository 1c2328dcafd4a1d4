package uk.ehcworkflow.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.ehcworkflow.command.common.CommandFailure;
import uk.ehcworkflow.platform.problem.Problems;

/** Answers refused commands with 409, 404 or 403 problem+json naming the rule, or 400 naming the field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandFailureHandler.class);

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        CommandFailure failure = e.<CommandFailure>getDetails().orElse(null);
        if (failure == null) {
            log.error("A command failed unexpectedly", e);
            return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Internal error", "The command could not be completed; it has been logged."));
        }
        ProblemDetail problem = switch (failure.kind()) {
            case RULE_BROKEN -> Problems.ruleBroken(failure.rule(), failure.message());
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "Not found", failure.message());
            case NOT_PERMITTED -> Problems.of(HttpStatus.FORBIDDEN, "Not allowed", failure.message());
            case INVALID_FIELD -> Problems.invalidField(failure.rule(), failure.message());
        };
        if (failure.kind() != CommandFailure.Kind.INVALID_FIELD) {
            problem.setProperty("rule", failure.rule());
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}

package uk.ehcworkflow.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.ehcworkflow.command.common.CommandFailure;
import uk.ehcworkflow.command.eventstore.DiskTrouble;
import uk.ehcworkflow.platform.problem.Problems;

/**
 * Answers refused commands with 409, 404 or 403 problem+json naming the rule, or 400 naming the
 * field; and a store whose disk takes no writes with 503.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandFailureHandler.class);

    private final ObjectProvider<DiskTrouble> disk;

    CommandFailureHandler(ObjectProvider<DiskTrouble> disk) {
        this.disk = disk;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        CommandFailure failure = e.<CommandFailure>getDetails().orElse(null);
        if (failure == null) {
            return unexpected(e);
        }
        ProblemDetail problem = switch (failure.kind()) {
            case RULE_BROKEN -> Problems.ruleBroken(failure.rule(), failure.message());
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "Not found", failure.message());
            case NOT_PERMITTED -> Problems.of(HttpStatus.FORBIDDEN, "Not allowed", failure.message());
            case INVALID_FIELD -> Problems.invalidField(failure.field(), failure.message());
        };
        problem.setProperty("rule", failure.rule());
        if (failure.field() != null) {
            problem.setProperty("field", failure.field());
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** Failures of the store itself, outside a command too (sealing a child's details before it is sent). */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, EventStoreException.class,
        AxonTransientException.class})
    ResponseEntity<ProblemDetail> storeFailed(RuntimeException e) {
        return unexpected(e);
    }

    /** A command while the disk has no room, refused before it reached the store. */
    @ExceptionHandler(DiskGuard.NoRoom.class)
    ResponseEntity<ProblemDetail> noRoom(DiskGuard.NoRoom e) {
        return unwritable(e.getMessage());
    }

    /**
     * A disk that takes no writes is a 503, nothing recorded, to be tried again once space returns;
     * anything else unexpected is a 500 that carries no stack trace.
     */
    private ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (DiskTrouble.isStorageFailure(e)) {
            disk.ifAvailable(trouble -> trouble.noted(e));
            log.warn("A command found the disk taking no writes: {}", e.getClass().getSimpleName());
            return unwritable("a write to the store failed");
        }
        log.error("A command failed unexpectedly", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error", "The command could not be completed; it has been logged."));
    }

    private static ResponseEntity<ProblemDetail> unwritable(String reason) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Store cannot be written",
                "The data folder's disk is full or read-only (" + reason + "), so nothing was recorded. Try again once "
                        + "space is freed: the service takes commands again by itself. Reading goes on meanwhile.");
        problem.setProperty("rule", "store-unwritable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }
}
